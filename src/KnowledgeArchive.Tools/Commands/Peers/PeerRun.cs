namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>What one peer tool did with the benchmark's files.</summary>
internal sealed record PeerRun(string Name, TimeSpan Wall, int Documents, long Bytes, long PeakResidentBytes, long? IndexBytes, string Note);
