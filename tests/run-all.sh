#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with the .NET 10 SDK.
# Installs what the browser, OCR, PostgreSQL and broker tests need (Debian's chromium, tesseract-ocr, poppler-utils,
# postgresql, rabbitmq-server) and what compiles the extraction worker to native code (clang, zlib1g-dev) when missing,
# then prints one line "N passed, N failed" as its last line.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: chromium (browser tests), tesseract with English data and poppler's pdftoppm (OCR),
# and PostgreSQL's and RabbitMQ's server binaries (the PostgreSQL, broker and cluster tests start throw-away servers of their own;
# no service).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -n "${KA_TEST_POSTGRES:-}" ] || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages for the tests: ${missing[*]}..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; browser, OCR, PostgreSQL or broker tests will fail"
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test KnowledgeArchive.sln --logger "trx" --results-directory "$results" "$@"
status=$?

# The extraction worker as a published service runs it with -p:NativeExtractionWorker=true (compiled ahead of time):
# the tests that read files in worker processes run again against it.
native_failed=0
echo "Compiling the extraction worker to native code..."
if dotnet publish src/KnowledgeArchive.ExtractionHost -c Release -r linux-x64 -p:NativeExtractionWorkerBuild=true \
    -p:UseArtifactsOutput=true -p:ArtifactsPath="$results/native-build" -o "$results/native" >"$results/native-publish.log" 2>&1; then
  KA_EXTRACTION_WORKER="$results/native/ka-extract" dotnet test tests/KnowledgeArchive.Extraction.Tests --no-build \
    --filter "FullyQualifiedName~WorkerAgreementTests|FullyQualifiedName~IsolatedExtractionTests|FullyQualifiedName~OcrFirstPassTests" \
    --logger "trx;LogFileName=native-worker.trx" --results-directory "$results" || status=1
else
  tail -n 30 "$results/native-publish.log"
  echo "the extraction worker did not compile to native code"
  native_failed=1
  status=1
fi

passed=0
failed=$native_failed
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

# A test project that did not build, or whose test host crashed, leaves no results: each counts as a failure, by name.
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  if ! grep -lq "$name.dll" "$results"/*.trx 2>/dev/null; then
    echo "no test results from $name (it did not build, or its test host crashed)"
    failed=$((failed + 1))
  fi
done

# Any other failure of the run leaves no failed test behind to count: still report one.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
