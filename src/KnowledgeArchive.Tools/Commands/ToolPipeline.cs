using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Ingestion.Timing;
using KnowledgeArchive.Language;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>The service's own pipeline (its steps, its extraction workers and limits, its phrasebook and register), built without a host for the tools.</summary>
internal sealed class ToolPipeline : IDisposable
{
    private readonly IsolatedExtractionService extraction;

    public ToolPipeline(ArchiveOptions options, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Wording = EnrichmentServiceCollectionExtensions.LoadWording(options);
        Register = EnrichmentServiceCollectionExtensions.LoadRegister(options);
        extraction = Extractors.Create(timeout);
        var timings = new IngestTimings();
        Pipeline = new DocumentPipeline(
            new PreflightStep(Options.Create(options)),
            new ExtractStep(extraction, timings),
            new EnrichStep(new DocumentEnricher(Wording, new FixedDirectory(Register)), timings),
            new TitleStep(new TitleResolver(), new TitleChooser(Wording)));
        PrivateSessions = new PrivateSessionRule(new PaperSubject(Wording));
    }

    public Wording Wording { get; }

    public Gazetteer Register { get; }

    public DocumentPipeline Pipeline { get; }

    public PrivateSessionRule PrivateSessions { get; }

    /// <summary>Options with the register and overlays the command line names.</summary>
    public static ArchiveOptions OptionsFor(FileInfo? register, IEnumerable<FileInfo>? overlays)
    {
        var options = new ArchiveOptions { OrganisationsFile = register?.FullName };
        foreach (var overlay in overlays ?? [])
        {
            options.OrganisationOverlays.Add(overlay.FullName);
        }

        return options;
    }

    public void Dispose() => extraction.Dispose();
}
