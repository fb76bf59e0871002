using System.Diagnostics;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Ingestion.Timing;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>Preflight: the file is there, and within the size limit.</summary>
public sealed class PreflightStep(IOptions<ArchiveOptions> options) : IPipelineStep
{
    public string Name => "preflight";

    public Task RunAsync(DocumentRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var file = new FileInfo(run.Path);
        if (!file.Exists)
        {
            run.Failure = QuarantineReason.Corrupt("the stored original is missing from the data directory");
        }
        else if (file.Length > options.Value.MaxFileBytes)
        {
            run.Failure = QuarantineReason.TooLarge(file.Length, options.Value.MaxFileBytes);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Extract: the format from the content, then the blocks and pages (in a worker process, within its limits), with what
/// a user asked of this one extraction.
/// </summary>
public sealed class ExtractStep(IExtractionService extraction, IngestTimings timings) : IPipelineStep
{
    public string Name => "extract";

    public async Task RunAsync(DocumentRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ExtractionOutcome outcome;
        using (timings.Measure(IngestStage.Extraction))
        {
            var own = Stopwatch.StartNew();
            var request = new ExtractionRequest(run.Path)
            {
                Password = run.OneOff?.Password,
                ForceOcr = run.OneOff?.ForceOcr == true,
                AttachmentsDirectory = run.AttachmentsDirectory,
                OcrWait = run.OcrWait,
            };
            outcome = await extraction.ExtractAsync(request, cancellationToken);
            run.OwnTime += own.Elapsed;
        }

        run.Format = outcome.Format;
        run.ExtractorVersion = outcome.ExtractorVersion;
        if (outcome.Result.Succeeded)
        {
            run.Document = outcome.Result.Document;
        }
        else
        {
            run.Failure = outcome.Result.Failure;
        }
    }
}

/// <summary>Enrich: what the document is, its decisions and citations, read from its blocks.</summary>
public sealed class EnrichStep(IDocumentEnricher enricher, IngestTimings timings) : IPipelineStep
{
    public string Name => "enrich";

    public Task RunAsync(DocumentRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        using (timings.Measure(IngestStage.Enrichment))
        {
            var own = Stopwatch.StartNew();
            run.Enrichment = enricher.Enrich(new EnrichmentInput(run.DocumentId, run.FileName, run.Document!, run.Defaults));
            run.OwnTime += own.Elapsed;
        }

        return Task.CompletedTask;
    }
}

/// <summary>Title: the file's own title when it says what the document is, else what enrichment read.</summary>
public sealed class TitleStep(ITitleResolver titles, TitleChooser chooser) : IPipelineStep
{
    public string Name => "title";

    public Task RunAsync(DocumentRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Title = chooser.Choose(titles.Resolve(run.Document!, run.FileName), run.Enrichment!);
        return Task.CompletedTask;
    }
}
