#!/usr/bin/env bash
# Beyond one machine with PostgreSQL's own engine (issue 14 §5): a second local cluster (Debian's
# pg_createcluster, another port) stands for a district's server; 蜀山区's partitions of subjects, facts,
# audit_log, audit_subjects and burden_events move there and come back into the central database as
# postgres_fdw foreign partitions. The same ledger, dashboard and audit queries run before and after the
# move, through the app's services: the answers must be the same (their digests), and the times are shown.
#   bench/scale-out.sh [residents]        (default 200000; needs root or the postgres user for pg_createcluster)
# Environment: JIANFU_BENCH_PG_URL (central, default postgres://postgres@127.0.0.1:5432/test),
# JIANFU_SCALE_PORT (default 5442). The second cluster is left running; `pg_dropcluster --stop 15 jianfu_district`
# removes it.
set -euo pipefail
cd "$(dirname "$0")/.."

RESIDENTS="${1:-200000}"
CENTRAL_URL="${JIANFU_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
PORT="${JIANFU_SCALE_PORT:-5442}"
VERSION="$(pg_lsclusters -h | awk 'NR==1 {print $1}')"
CLUSTER=jianfu_district
DB=bench_city
DISTRICT=340104
TABLES=(subjects facts audit_log audit_subjects burden_events)
CENTRAL="${CENTRAL_URL%/*}/$DB"
REMOTE="postgres://postgres@127.0.0.1:$PORT/$DB"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now() { date +%s.%N; }
took() { printf '%.1f s' "$(echo "$(now) - $1" | bc)"; }

echo "== second cluster: PostgreSQL $VERSION '$CLUSTER' on port $PORT"
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
  pg_createcluster "$VERSION" "$CLUSTER" -p "$PORT" -- --auth-local=trust --auth-host=trust >/dev/null
fi
pg_ctlcluster "$VERSION" "$CLUSTER" start 2>/dev/null || true
as_postgres psql -p "$PORT" -qAt -c "drop database if exists $DB" -c "create database $DB"

echo "== central: a synthetic Hefei of $RESIDENTS residents (npm run bench -- city, kept as $DB)"
JIANFU_BENCH_CITY_DB=$DB JIANFU_BENCH_PG_URL="$CENTRAL_URL" npx tsx bench/run.ts city "$RESIDENTS" | sed 's/^/  /'
DATA_DIR="${TMPDIR:-/tmp}/$DB"

npx tsx bench/scale-out-queries.ts "$CENTRAL" "$DATA_DIR" local >/tmp/jianfu-scale-before.tsv

echo "== moving $DISTRICT's partitions to port $PORT"
t=$(now)
parts=()
for t_ in "${TABLES[@]}"; do parts+=(-t "public.${t_}_p$DISTRICT"); done
# Structure and rows of the district's partitions; the remote tables are plain tables (no parent, no
# sequence there: ids come from the central sequences, defaults apply centrally).
pg_dump "$CENTRAL" "${parts[@]}" --no-owner --no-privileges |
  grep -v -e 'ATTACH PARTITION' -e 'SET DEFAULT nextval(' |
  sed -E "s/ DEFAULT nextval\('[^']*'::regclass\)//" |
  psql "$REMOTE" -q -v ON_ERROR_STOP=1 >/dev/null
echo "  copied to the district server in $(took "$t")"
t=$(now)
{
  echo "create extension if not exists postgres_fdw;"
  echo "drop server if exists district_$DISTRICT cascade;"
  echo "create server district_$DISTRICT foreign data wrapper postgres_fdw
          options (host '127.0.0.1', port '$PORT', dbname '$DB', use_remote_estimate 'true', fetch_size '10000');"
  echo "create user mapping for current_user server district_$DISTRICT options (user 'postgres');"
  echo "begin;"
  for t_ in "${TABLES[@]}"; do
    echo "alter table $t_ detach partition ${t_}_p$DISTRICT;"
    echo "drop table ${t_}_p$DISTRICT;"
    echo "create foreign table ${t_}_p$DISTRICT partition of $t_ for values in ('$DISTRICT')
            server district_$DISTRICT options (table_name '${t_}_p$DISTRICT');"
  done
  echo "commit;"
  for t_ in "${TABLES[@]}"; do echo "analyze ${t_}_p$DISTRICT;"; done
} | psql "$CENTRAL" -q -v ON_ERROR_STOP=1 >/dev/null
echo "  swapped for foreign partitions in $(took "$t")"
psql "$CENTRAL" -qAt -c "select '  central: ' || string_agg(c.relname || ' ' || case c.relkind when 'f' then 'foreign' else 'local' end, ', ' order by c.relname)
  from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'facts'::regclass and c.relname like '%$DISTRICT'"
psql "$REMOTE" -qAt -c "select '  district server: facts_p$DISTRICT ' || count(*) || ' rows, subjects_p$DISTRICT ' || (select count(*) from subjects_p$DISTRICT) || ' rows' from facts_p$DISTRICT"

npx tsx bench/scale-out-queries.ts "$CENTRAL" "$DATA_DIR" foreign >/tmp/jianfu-scale-after.tsv

echo "== EXPLAIN: facts of 家家景园社区 (district_code given) after the move"
psql "$CENTRAL" -qAt -c "explain (costs off, verbose) select count(*) from facts where district_code = '$DISTRICT' and community_code = '340104006005'" | sed 's/^/  /'

echo "== the same queries, local partitions vs the district's partitions on the other server (median of 5)"
printf '  %-26s %12s %12s  %s\n' query local foreign answers
paste /tmp/jianfu-scale-before.tsv /tmp/jianfu-scale-after.tsv | while IFS=$'\t' read -r _ name ms1 d1 _ _ ms2 d2; do
  same=$([ "$d1" = "$d2" ] && echo same || echo DIFFERENT)
  printf '  %-26s %12s %12s  %s\n' "$name" "$ms1" "$ms2" "$same"
done
if paste /tmp/jianfu-scale-before.tsv /tmp/jianfu-scale-after.tsv | awk -F'\t' '$4 != $8 {bad=1} END {exit !bad}'; then
  echo "the answers differ after the move" >&2
  exit 1
fi
echo "== writes still route: one audit entry for 家家景园社区 lands on the district server"
before=$(psql "$REMOTE" -qAt -c "select count(*) from audit_log_p$DISTRICT")
psql "$CENTRAL" -qAt -c "insert into audit_log select id + 1000000000, at, request_id, user_id, username, role, org_code, department_code, district_code, action, outcome, subject_ids, subject_count, elements, purpose, admission_number, file_sha256, detail, prev_hash, hash, key_id from audit_log where district_code = '$DISTRICT' order by id desc limit 1" >/dev/null
after=$(psql "$REMOTE" -qAt -c "select count(*) from audit_log_p$DISTRICT")
psql "$CENTRAL" -qAt -c "delete from audit_log where id > 1000000000" >/dev/null
echo "  district server's audit_log_p$DISTRICT: $before → $after rows (removed again)"
