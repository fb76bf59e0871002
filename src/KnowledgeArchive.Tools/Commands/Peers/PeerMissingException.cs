namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>A peer the benchmark was asked to run is not installed.</summary>
internal sealed class PeerMissingException(string program, string package)
    : Exception($"{program} is not installed (on Debian or Ubuntu: apt-get install -y {package}); run without its flag to leave it out.")
{
}
