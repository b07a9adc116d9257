package org.fieldsupport.ict.desk.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.ict.desk.domain.EffectiveCalendar;
import org.fieldsupport.ict.desk.domain.SupportCalendar;
import org.fieldsupport.ict.desk.domain.SupportTime;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission desks' settings (ICT-SLA-2026-v2): time zone, support hours profile and public holidays, kept as
 * effective-dated versions. Every save is a new version in force from the moment it is saved; SLA clocks count each
 * stretch of time in the version then in force ({@link EffectiveCalendar}), so a change applies to every open clock
 * from now on and never to time already counted: an SLA already breached stays breached, and a holiday added for a
 * coming day stops the open clocks on that day. Read by the desk's own staff ({@code ict.desk.read} for the mission)
 * and headquarters; changed by {@code ict.desk.manage} holders; each change audited (before and after).
 */
@Service
public class DeskSettings {

    /** {@code supportHours} null: each service's own support hours from the catalogue. */
    public record Settings(String missionCode, long version, Instant effectiveFrom, String zoneId, String supportHours,
                           List<Holiday> holidays, String changedBy, String reason) { }

    public record Holiday(LocalDate date, String nameEn, String nameFr) { }

    /** An edit of the zone and profile ({@code supportHours} blank or SERVICE = as each service records). */
    public record SettingsInput(String zoneId, String supportHours, String reason, Long version) { }

    public record HolidayInput(String date, String nameEn, String nameFr, String reason, Long version) { }

    static final Set<String> PROFILES = Set.of("SERVICE", "BUSINESS_HOURS", "EXTENDED", "ALWAYS");

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskSettings(JdbcClient jdbc, IctAccess access, Missions missions, ApplicationEventPublisher events,
                 ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    // ------------------------------------------------------------------ reading

    /** Every version of the desk, oldest first (none: the desk counts in UTC with each service's hours). */
    List<Settings> versions(String mission) {
        Map<Long, Settings> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT id, effective_from, zone_id, support_hours, changed_by, reason FROM ict_desk_setting"
                        + " WHERE mission_code = ? ORDER BY effective_from, id").param(mission)
                .query((rs, n) -> new Settings(mission, rs.getLong(1), DeskService.instant(rs, "effective_from"),
                        rs.getString(3), rs.getString(4), new ArrayList<>(), rs.getString(5), rs.getString(6)))
                .list().forEach(s -> byId.put(s.version(), s));
        if (byId.isEmpty()) return List.of();
        jdbc.sql("SELECT h.setting_id, h.holiday_on, h.name_en, h.name_fr FROM ict_desk_holiday h JOIN ict_desk_setting s"
                        + " ON s.id = h.setting_id WHERE s.mission_code = ? ORDER BY h.holiday_on").param(mission)
                .query((rs, n) -> {
                    byId.get(rs.getLong(1)).holidays().add(new Holiday(rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4)));
                    return null;
                }).list();
        return byId.values().stream().map(s -> new Settings(s.missionCode(), s.version(), s.effectiveFrom(), s.zoneId(),
                s.supportHours(), List.copyOf(s.holidays()), s.changedBy(), s.reason())).toList();
    }

    Settings latest(String mission) {
        List<Settings> v = versions(mission);
        return v.isEmpty() ? new Settings(mission, 0, null, "UTC", null, List.of(), null, null) : v.get(v.size() - 1);
    }

    /** The calendar a ticket of {@code mission} on a service with {@code serviceHours} counts in, over time. */
    public SupportTime calendar(String mission, String serviceHours) {
        List<Settings> versions = versions(mission);
        if (versions.isEmpty()) return SupportCalendar.of(serviceHours, ZoneOffset.UTC);
        List<EffectiveCalendar.Version> list = new ArrayList<>();
        for (Settings s : versions) {
            SupportCalendar c = SupportCalendar.of(s.supportHours() != null ? s.supportHours() : serviceHours,
                    ZoneId.of(s.zoneId()));
            list.add(new EffectiveCalendar.Version(s.effectiveFrom(),
                    c.withHolidays(s.holidays().stream().map(Holiday::date).toList())));
        }
        return EffectiveCalendar.of(list);
    }

    /** The support hours a ticket on a service with {@code serviceHours} counts in now at this desk. */
    public String hoursNow(String mission, String serviceHours) {
        String desk = latest(mission).supportHours();
        return SupportCalendar.of(desk != null ? desk : serviceHours, ZoneOffset.UTC).hours().name();
    }

    /** The zone the desk is in now. */
    public ZoneId zone(String mission) {
        return ZoneId.of(latest(mission).zoneId());
    }

    private String missionCode(String mission) {
        String m = mission == null ? "" : mission.strip().toUpperCase(Locale.ROOT);
        if (m.isEmpty() || missions.find(m).isEmpty()) throw new NotFoundException("mission", mission);
        return m;
    }

    private void requireRead(String m) {
        if (!access.forMission(IctAccess.DESK_READ, m) && !access.department(IctAccess.DESK_MANAGE)) {
            throw new AccessDeniedException(IctAccess.DESK_READ + " for " + m + " required");
        }
    }

    /** The desk's settings in force now and its history, newest first. */
    @Transactional(readOnly = true)
    public List<Settings> history(String mission) {
        String m = missionCode(mission);
        requireRead(m);
        List<Settings> v = new ArrayList<>(versions(m));
        if (v.isEmpty()) v.add(latest(m));
        v.sort(Comparator.comparing(Settings::version).reversed());
        return v;
    }

    @Transactional(readOnly = true)
    public Settings current(String mission) {
        String m = missionCode(mission);
        requireRead(m);
        return latest(m);
    }

    /** Every desk with settings the user may read, with the settings in force. */
    @Transactional(readOnly = true)
    public List<Settings> desks() {
        boolean hq = access.department(IctAccess.DESK_MANAGE);
        Set<String> scope = hq ? null : access.missions(IctAccess.DESK_READ);
        if (scope != null && scope.isEmpty() && !access.anywhere(IctAccess.DESK_READ)) {
            throw new AccessDeniedException(IctAccess.DESK_READ + " required");
        }
        List<String> codes = jdbc.sql("SELECT DISTINCT mission_code FROM ict_desk_setting ORDER BY mission_code")
                .query(String.class).list();
        return codes.stream().filter(c -> scope == null || scope.contains(c)).map(this::latest).toList();
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public Settings update(String mission, SettingsInput in) {
        String m = missionCode(mission);
        access.requireDepartment(IctAccess.DESK_MANAGE);
        Settings before = latest(m);
        checkVersion(before, in.version());
        IctFieldErrors errors = new IctFieldErrors();
        String zone = zoneOf(in.zoneId(), errors);
        String hours = in.supportHours() == null || in.supportHours().isBlank() ? "SERVICE"
                : in.supportHours().strip().toUpperCase(Locale.ROOT);
        if (!PROFILES.contains(hours)) {
            errors.add("supportHours", "OneOf", "ict.error.oneOf", "SERVICE, BUSINESS_HOURS, EXTENDED, ALWAYS");
        }
        reason(in.reason(), errors);
        errors.throwIfAny();
        return save(m, before, zone, "SERVICE".equals(hours) ? null : hours, before.holidays(), in.reason());
    }

    @Transactional
    public Settings addHoliday(String mission, HolidayInput in) {
        String m = missionCode(mission);
        access.requireDepartment(IctAccess.DESK_MANAGE);
        Settings before = latest(m);
        checkVersion(before, in.version());
        IctFieldErrors errors = new IctFieldErrors();
        LocalDate date = null;
        try {
            date = LocalDate.parse(in.date() == null ? "" : in.date().strip());
        } catch (DateTimeParseException e) {
            errors.add("date", "Pattern", "ict.error.date");
        }
        LocalDate day = date;
        if (day != null && before.holidays().stream().anyMatch(h -> h.date().equals(day))) {
            errors.add("date", "Duplicate", "ict.error.holidayExists", date.toString());
        }
        text(in.nameEn(), "nameEn", errors);
        text(in.nameFr(), "nameFr", errors);
        errors.throwIfAny();
        List<Holiday> holidays = new ArrayList<>(before.holidays());
        holidays.add(new Holiday(date, in.nameEn().strip(), in.nameFr().strip()));
        holidays.sort(Comparator.comparing(Holiday::date));
        return save(m, before, before.zoneId(), before.supportHours(), holidays, in.reason());
    }

    @Transactional
    public Settings removeHoliday(String mission, String date, String reason, Long version) {
        String m = missionCode(mission);
        access.requireDepartment(IctAccess.DESK_MANAGE);
        Settings before = latest(m);
        checkVersion(before, version);
        LocalDate d;
        try {
            d = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            new IctFieldErrors().add("date", "Pattern", "ict.error.date").throwIfAny();
            return null;
        }
        if (before.holidays().stream().noneMatch(h -> h.date().equals(d))) throw new NotFoundException("holiday", m + " " + d);
        List<Holiday> holidays = before.holidays().stream().filter(h -> !h.date().equals(d)).toList();
        return save(m, before, before.zoneId(), before.supportHours(), holidays, reason);
    }

    private static void checkVersion(Settings before, Long version) {
        if (version != null && version != before.version()) {
            throw new StaleTransitionException("v" + before.version(), before.version());
        }
    }

    private static String zoneOf(String zoneId, IctFieldErrors errors) {
        if (zoneId == null || zoneId.isBlank()) {
            errors.add("zoneId", "NotBlank", "ict.error.required");
            return null;
        }
        String z = zoneId.strip();
        if (!ZoneId.getAvailableZoneIds().contains(z)) {
            errors.add("zoneId", "ZoneId", "ict.error.zoneId", z);
            return null;
        }
        try {
            return ZoneId.of(z).getId();
        } catch (DateTimeException e) {
            errors.add("zoneId", "ZoneId", "ict.error.zoneId", z);
            return null;
        }
    }

    private static void text(String value, String field, IctFieldErrors errors) {
        if (value == null || value.isBlank()) errors.add(field, "NotBlank", "ict.error.required");
        else if (value.strip().length() > 160) errors.add(field, "Size", "ict.error.tooLong", 160);
    }

    private static void reason(String value, IctFieldErrors errors) {
        if (value != null && value.strip().length() > 500) errors.add("reason", "Size", "ict.error.tooLong", 500);
    }

    private Settings save(String m, Settings before, String zone, String hours, List<Holiday> holidays, String reason) {
        String user = access.user();
        Instant now = clock.instant();
        if (before.effectiveFrom() != null && !now.isAfter(before.effectiveFrom())) now = before.effectiveFrom().plusMillis(1);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ict_desk_setting (mission_code, effective_from, zone_id, support_hours, reason, changed_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(m, DeskService.odt(now), zone, hours, reason == null || reason.isBlank() ? null : reason.strip(), user)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Holiday h : holidays) {
            jdbc.sql("INSERT INTO ict_desk_holiday (setting_id, holiday_on, name_en, name_fr) VALUES (?, ?, ?, ?)")
                    .params(id, h.date(), h.nameEn(), h.nameFr()).update();
        }
        Settings after = latest(m);
        events.publishEvent(DataChanged.updated("ict.desk-settings", m, before, after));
        return after;
    }
}
