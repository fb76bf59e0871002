# Build: docker build -t knowledgearchive .
# Run:   docker run -p 5080:5080 -v ka-data:/data knowledgearchive
# The same image runs a reader of documents handed out through RabbitMQ (ka-worker, published beside the service):
#        docker run -v ka-shared:/shared -e Archive__Broker__Url=amqp://… -e Archive__SharedDirectory=/shared \
#          --entrypoint dotnet knowledgearchive ka-worker.dll
# deploy/compose and deploy/kubernetes run the service, a search node and workers with PostgreSQL and RabbitMQ.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
# ReadyToRun, and the extraction worker compiled to native code (native/ka-extract, which needs clang): ingest does
# not wait for the JIT at start, and the workers never spend CPU on it (docs/benchmarks.md, "Bulk ingest").
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
RUN dotnet publish src/KnowledgeArchive.Web/KnowledgeArchive.Web.csproj -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:NativeExtractionWorker=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# OCR of scanned pages and pictures: Tesseract with English data, and poppler's pdftoppm to render PDF pages.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
# /shared: the folder a service and its workers share (Archive:SharedDirectory), when they run from this image.
RUN mkdir -p /data /shared && chown app:app /data /shared
USER app
ENV Archive__DataDirectory=/data \
    ASPNETCORE_URLS=http://0.0.0.0:5080
VOLUME ["/data"]
EXPOSE 5080
ENTRYPOINT ["dotnet", "KnowledgeArchive.Web.dll"]
