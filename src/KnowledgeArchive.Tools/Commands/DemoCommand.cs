using System.CommandLine;
using KnowledgeArchive.Generator.Demo;

namespace KnowledgeArchive.Tools.Commands;

/// <summary><c>ka-tools demo FOLDER</c>: writes the demo CCG archive (PDF and .docx) into a folder, e.g. the service's inbox.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to write the files" };
        var command = new Command("demo", "Write the demo CCG archive into a folder") { folder };
        command.SetAction(result =>
        {
            var files = DemoArchive.WriteTo(result.GetRequiredValue(folder).FullName);
            foreach (var file in files)
            {
                Console.WriteLine(file);
            }

            return 0;
        });
        return command;
    }
}
