# Build: docker build -t knowledgearchive .
# Run:   docker run -p 5080:5080 -v ka-data:/data knowledgearchive
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/KnowledgeArchive.Web/KnowledgeArchive.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# OCR of scanned pages and pictures: Tesseract with English data, and poppler's pdftoppm to render PDF pages.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
USER app
ENV Archive__DataDirectory=/data \
    ASPNETCORE_URLS=http://0.0.0.0:5080
VOLUME ["/data"]
EXPOSE 5080
ENTRYPOINT ["dotnet", "KnowledgeArchive.Web.dll"]
