using System.ComponentModel;
using System.Diagnostics;

namespace KnowledgeArchive.Cli;

/// <summary>
/// Opens an address in the user's browser: <c>$BROWSER</c> when set, else the desktop's opener. Never waits for the
/// browser, and on a machine with no desktop (a server, CI) opens nothing rather than fail or hang.
/// </summary>
internal static class BrowserLauncher
{
    public static bool TryOpen(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var info = StartInfo(address.AbsoluteUri);
        if (info is null)
        {
            return false;
        }

        try
        {
            using var process = Process.Start(info);
            return process is not null;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static ProcessStartInfo? StartInfo(string url)
    {
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo(url) { UseShellExecute = true };
        }

        var browser = Environment.GetEnvironmentVariable("BROWSER");
        var opener = !string.IsNullOrWhiteSpace(browser) ? browser.Split(':')[0]
            : OperatingSystem.IsMacOS() ? "open"
            : HasDesktop() ? "xdg-open"
            : null;
        if (opener is null)
        {
            return null;
        }

        // Its own output would land in the middle of ours; nothing reads it, and nothing waits for it.
        var info = new ProcessStartInfo(opener)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(url);
        return info;
    }

    private static bool HasDesktop() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
}
