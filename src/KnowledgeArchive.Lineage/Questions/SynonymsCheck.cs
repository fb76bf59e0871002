using KnowledgeArchive.Core.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>Reads the synonyms file at start-up, so a file the service cannot use stops it there, naming the file, not at the first question.</summary>
internal sealed class SynonymsCheck(SynonymList synonyms) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(synonyms);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
