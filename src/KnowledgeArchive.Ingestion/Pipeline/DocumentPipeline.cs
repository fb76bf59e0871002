using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// The order a document is read in, written once: preflight, extract, enrich, title. The service's processor and
/// every tool (<c>ka-tools extract</c>, the evaluations) run these steps, so they read exactly what the service
/// stores. What the archive as a whole then adds (the ICB of organisations the register lacks) is <see cref="OrganisationRule"/>.
/// </summary>
public sealed class DocumentPipeline(PreflightStep preflight, ExtractStep extract, EnrichStep enrich, TitleStep title)
{
    public IReadOnlyList<IPipelineStep> Steps { get; } = [preflight, extract, enrich, title];

    /// <summary>Runs the steps in order until one fails; the run holds what was read, or why the document cannot be.</summary>
    public Task<DocumentRun> RunAsync(string path, string documentId, string fileName, DocumentMetadata defaults, CancellationToken cancellationToken) =>
        RunAsync(path, documentId, fileName, defaults, null, cancellationToken);

    /// <summary>Runs the steps with what a user asked of this one extraction (<paramref name="oneOff"/>: a password, OCR of every page).</summary>
    public async Task<DocumentRun> RunAsync(
        string path, string documentId, string fileName, DocumentMetadata defaults, OneOffExtraction? oneOff, CancellationToken cancellationToken)
    {
        var run = new DocumentRun(path, documentId, fileName, defaults) { OneOff = oneOff };
        foreach (var step in Steps)
        {
            await step.RunAsync(run, cancellationToken);
            if (run.Failure is not null)
            {
                break;
            }
        }

        return run;
    }
}
