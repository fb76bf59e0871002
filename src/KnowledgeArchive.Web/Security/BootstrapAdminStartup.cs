using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Security;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Security;

/// <summary>
/// Makes sure an administrator can get in before the service takes requests: the configured bootstrap key, or, when
/// there is none and no admin key exists, a new one written to a file only the service user can read.
/// </summary>
internal sealed class BootstrapAdminStartup(IApiKeyStore keys, ArchivePaths paths, IOptions<ArchiveOptions> options, ILogger<BootstrapAdminStartup> logger)
    : IHostedLifecycleService
{
    // Starting runs before any hosted service starts, the web server included.
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Archive data directory: {DataDirectory}", paths.DataDirectory);
        var path = await BootstrapAdmin.EnsureAsync(keys, options.Value.Auth.BootstrapAdminKey, paths.DataDirectory, cancellationToken);
        if (path is not null)
        {
            logger.LogWarning(
                "No admin API key existed, so one was made and written to {KeyFile} (readable only by this service's user). Sign in with it, make keys for people, then delete the file.",
                path);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
