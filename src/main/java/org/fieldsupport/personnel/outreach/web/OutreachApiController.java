package org.fieldsupport.personnel.outreach.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.personnel.outreach.internal.CampaignService;
import org.fieldsupport.personnel.outreach.internal.CareerService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outreach campaigns (6.7.a/c), field-career pages and career plans (6.7.d) through the API. */
@RestController
@RequestMapping("/api/v1/personnel")
class OutreachApiController {

    private final CampaignService campaigns;
    private final CareerService careers;

    OutreachApiController(CampaignService campaigns, CareerService careers) {
        this.campaigns = campaigns;
        this.careers = careers;
    }

    @GetMapping("/outreach/campaigns")
    List<CampaignService.Campaign> campaigns() {
        return campaigns.list();
    }

    @PostMapping("/outreach/campaigns")
    ResponseEntity<CampaignService.Campaign> create(@RequestBody CampaignService.NewCampaign body) {
        CampaignService.Campaign c = campaigns.create(body);
        return ResponseEntity.created(URI.create("/api/v1/personnel/outreach/campaigns/" + c.id())).body(c);
    }

    @GetMapping("/outreach/campaigns/{id}")
    CampaignService.Campaign campaign(@PathVariable long id) {
        return campaigns.get(id);
    }

    @PostMapping("/careers/pages")
    CareerService.Page savePage(@RequestBody CareerService.PageInput body) {
        return careers.savePage(body, null);
    }

    @GetMapping("/careers/plans")
    List<CareerService.Plan> plans(@RequestParam(required = false) Long staffId,
                                   @RequestParam(required = false) String mission) {
        return staffId != null ? careers.plansOf(staffId) : careers.advised(mission);
    }

    @GetMapping("/careers/plans/mine")
    List<CareerService.Plan> mine() {
        return careers.mine();
    }

    @PostMapping("/careers/plans")
    ResponseEntity<CareerService.Plan> createPlan(@RequestBody CareerService.NewPlan body) {
        CareerService.Plan p = careers.create(body);
        return ResponseEntity.created(URI.create("/api/v1/personnel/careers/plans/" + p.id())).body(p);
    }

    @GetMapping("/careers/plans/{id}")
    CareerService.Plan plan(@PathVariable long id) {
        return careers.get(id);
    }

    record DoneBody(LocalDate doneOn) { }

    @PostMapping("/careers/plans/{id}/actions/{actionId}/done")
    CareerService.Plan done(@PathVariable long id, @PathVariable long actionId, @RequestBody(required = false) DoneBody b) {
        return careers.complete(id, actionId, b == null ? null : b.doneOn());
    }
}
