using System.Runtime.InteropServices;

namespace KnowledgeArchive.Core.Configuration;

/// <summary>
/// Where the archive keeps its data when no data directory is configured: the user's own data folder, never the
/// working directory, so running from a source tree does not put the archive (and its keys) where <c>git clean</c>
/// deletes it. Linux: <c>$XDG_DATA_HOME/knowledgearchive</c>, else <c>~/.local/share/knowledgearchive</c>; macOS:
/// <c>~/Library/Application Support/knowledgearchive</c>; Windows: <c>%LOCALAPPDATA%\knowledgearchive</c>.
/// </summary>
public static class DefaultDataDirectory
{
    public const string FolderName = "knowledgearchive";

    /// <summary>The default for this user on this machine.</summary>
    public static string ForCurrentUser() =>
        For(
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OSPlatform.Windows
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX
                : OSPlatform.Linux,
            Environment.GetEnvironmentVariable,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The default on <paramref name="platform"/>, given its environment and the user's home folder.</summary>
    public static string For(OSPlatform platform, Func<string, string?> environment, string home)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (platform == OSPlatform.Windows)
        {
            var local = environment("LOCALAPPDATA");
            return Path.Combine(string.IsNullOrWhiteSpace(local) ? Path.Combine(home, "AppData", "Local") : local, FolderName);
        }

        if (platform == OSPlatform.OSX)
        {
            return Path.Combine(home, "Library", "Application Support", FolderName);
        }

        // The XDG base directory rules: a relative XDG_DATA_HOME is invalid and ignored.
        var xdg = environment("XDG_DATA_HOME");
        var dataHome = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, FolderName);
    }
}
