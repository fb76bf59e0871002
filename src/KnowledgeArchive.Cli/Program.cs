using KnowledgeArchive.Cli;

return await CliApp.RunAsync(args, new CliEnvironment(Console.Out, Console.Error, CliEnvironment.CreateHttpClient));
