using System.CommandLine;
using KnowledgeArchive.Tools.Commands;
using KnowledgeArchive.Tools.Commands.Cluster;

var root = new RootCommand("KnowledgeArchive tools: inspect extraction on files and folders, write the demo archive")
{
    ExtractCommand.Create(),
    SurveyCommand.Create(),
    DemoCommand.Create(),
    EvalExtractionCommand.Create(),
    BenchLineageCommand.Create(),
    EvalIrCommand.Create(),
    EvalSearchCommand.Create(),
    BenchIngestCommand.Create(),
    BenchSearchCommand.Create(),
    HardenCommand.Create(),
    LeakCheckCommand.Create(),
    ImportGazetteerCommand.Create(),
    EvalHandCountCommand.Create(),
    EvalOcrCommand.Create(),
    BenchOcrCommand.Create(),
    MigrateCatalogCommand.Create(),
    BenchClusterCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
