using KnowledgeArchive.Web.Hosting;

var builder = WebApplication.CreateBuilder(CommandLineSwitches.Expand(args));
builder.AddKnowledgeArchive(args);

var app = builder.Build();
app.UseKnowledgeArchive();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
