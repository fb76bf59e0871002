using System.CommandLine;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>Files a command writes: an existing file is kept unless the user said <c>--force</c>.</summary>
internal static class OutputFile
{
    public static Option<bool> ForceOption() => new("--force", "-f") { Description = "Overwrite the output file when it already exists" };

    /// <summary>Writes the refusal and returns false when <paramref name="path"/> exists and may not be overwritten.</summary>
    public static async Task<bool> MayWriteAsync(CommandContext context, string path, bool force)
    {
        if (force || !File.Exists(path))
        {
            return true;
        }

        await context.Error.WriteLineAsync($"error: {path} already exists: pass --force to overwrite it, or choose another file with --output.");
        return false;
    }

    /// <summary>
    /// Opens <paramref name="path"/> for writing, or writes why it cannot and returns null; without
    /// <paramref name="force"/>, a file that appeared since <see cref="MayWriteAsync"/> is still not overwritten.
    /// </summary>
    public static async Task<FileStream?> TryOpenAsync(CommandContext context, string path, bool force)
    {
        try
        {
            return new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            await MayWriteAsync(context, path, force);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: cannot write {path}: {ex.Message}");
            return null;
        }
    }
}
