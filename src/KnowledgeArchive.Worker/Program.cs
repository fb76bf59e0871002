using KnowledgeArchive.Worker.Hosting;
using Microsoft.Extensions.Hosting;

namespace KnowledgeArchive.Worker;

/// <summary>
/// <c>ka-worker</c>: reads documents handed out through the broker. A named entry point, not top-level statements, so
/// the service that references this assembly keeps the one global <c>Program</c> its tests start.
/// </summary>
internal static class WorkerProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (WorkerHosting.ConfigurationProblem(builder.Configuration) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        builder.AddKnowledgeArchiveWorker();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
