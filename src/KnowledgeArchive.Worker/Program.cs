using KnowledgeArchive.Worker.Hosting;
using Microsoft.Extensions.Hosting;

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
