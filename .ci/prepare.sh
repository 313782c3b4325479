# Sourced by .ci/run and .ci/drills: makes a fresh machine ready.
#  - a JDK >= 21 (the machine's default java may be 17)
#  - Debian's chromium and chromium-driver for the real-browser tests
#  - a PostgreSQL answering on 127.0.0.1:5432, with a fresh database for this run

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

log "JDK"
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA_HOME="$candidate"; break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    apt_install openjdk-21-jdk-headless || apt_install openjdk-25-jdk-headless
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
java -version 2>&1 | head -1

log "Chromium and its driver"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi
/usr/bin/chromium --version || true

log "PostgreSQL"
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! command -v pg_isready >/dev/null; then apt_install postgresql; fi
if ! pg_ready; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then apt_install postgresql; fi
  version=$(ls /etc/postgresql | sort -V | tail -1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
fi
pg_ready || { echo "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }
# Trust auth on 127.0.0.1 (these machines) or a password; on a fresh Debian install the TCP login
# needs a password, so give the postgres role one through the local socket.
export PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}"
if ! psql -h 127.0.0.1 -U postgres -qAt -c "SELECT 1" >/dev/null 2>&1; then
  PGPASSWORD="socialhub-ci"
  as_root runuser -u postgres -- psql -qAt -c "ALTER ROLE postgres PASSWORD '$PGPASSWORD'"
fi
psql_admin() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DROP DATABASE IF EXISTS socialhub_ci WITH (FORCE)"
psql_admin -c "CREATE DATABASE socialhub_ci"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/socialhub_ci"
export SPRING_DATASOURCE_USERNAME="postgres"
export SPRING_DATASOURCE_PASSWORD="$PGPASSWORD"

