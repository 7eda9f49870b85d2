#!/usr/bin/env bash
# Deploys khaothi-rules inside a throw-away WAR on Payara Micro 6 and asks it three decisions,
# to prove the build-time executable model loads through an application server's class loaders.
# Usage (from the repository root): bash rules/smoke-payara.sh      — needs only Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$PWD/rules/target/smoke"
port=${SMOKE_PORT:-18099}
rm -rf "$work" && mkdir -p "$work/war/WEB-INF/lib" "$work/war/WEB-INF/classes"

./mvnw -q -f rules/pom.xml package -DskipTests
./mvnw -q -f rules/pom.xml dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/war/WEB-INF/lib"
cp rules/target/khaothi-rules-*.jar "$work/war/WEB-INF/lib/"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
./mvnw -q dependency:copy -N -Dartifact="fish.payara.extras:payara-micro:$payara_version" -DoutputDirectory="$work"
./mvnw -q dependency:copy -N -Dartifact="jakarta.platform:jakarta.jakartaee-api:10.0.0" -DoutputDirectory="$work"

javac -d "$work/war/WEB-INF/classes" \
  -cp "$work/jakarta.jakartaee-api-10.0.0.jar:$(ls "$work"/war/WEB-INF/lib/*.jar | tr '\n' ':')" \
  rules/src/smoke/java/probe/RulesProbe.java
(cd "$work/war" && jar cf ../probe.war .)

java -jar "$work/payara-micro-$payara_version.jar" --deploy "$work/probe.war" --contextroot probe \
  --port "$port" --nocluster > "$work/payara.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  grep -q "ready in" "$work/payara.log" && break
  sleep 2
done
out=$(curl -s -m 60 "http://127.0.0.1:$port/probe/probe")
echo "$out"
grep -q "avg=5.5 \[TT22 Art. 9.1.b\]" <<<"$out"
grep -q "level=LevelOutcome\[level=DAT, computedLevel=CHUA_DAT, adjusted=true\]" <<<"$out"
grep -q "requires=\[FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION\]" <<<"$out"
echo "smoke: OK on Payara Micro $payara_version"
