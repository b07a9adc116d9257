# Shared by the reliability scripts (sourced). LB_PORT, NODE_PORTS, FSP_DB, PGHOST/PGPORT/PGUSER as two-nodes.sh.
LB_PORT=${LB_PORT:-8080}
LB=http://127.0.0.1:$LB_PORT
read -r -a PORTS <<< "${NODE_PORTS:-8081 8082}"
DB=${FSP_DB:-fsp_cluster}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-$(id -un)}
export PGHOST PGPORT PGUSER LB_PORT
OUT=${OUT:-target/reliability}
mkdir -p "$OUT"
BASIC="Authorization: Basic $(printf 'admin:admin' | base64)"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { psql -d "$DB" -tAc "$1"; }
say() { echo "$*" | tee -a "$OUT/summary.txt"; }

# A personal access token for admin (form login through the balancer, then /account/tokens): bearer requests.
bearer_token() { # [user] [password]: a new personal access token of that user (default admin/admin), made through the screens
  local user=${1:-admin} password=${2:-${1:-admin}}
  local jar="$OUT/token-cookies-$user.txt" csrf page
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" "$LB/login" -o "$OUT/login.html"
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/login.html" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
    -d "_csrf=$csrf" "$LB/login"
  page=$(curl -s -c "$jar" -b "$jar" "$LB/account/tokens")
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
  page=$(curl -s -c "$jar" -b "$jar" -d "name=harness-$(date +%s)&_csrf=$csrf" "$LB/account/tokens")
  grep -o 'id="new-token"[^>]*value="[^"]*"' <<< "$page" | sed 's/.*value="//; s/"$//'
}

# The PostgreSQL JDBC driver from the local Maven repository (for JdbcLoad.java).
pg_driver() { ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1; }
