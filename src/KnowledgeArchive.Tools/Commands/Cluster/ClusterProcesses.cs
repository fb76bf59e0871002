using System.Globalization;

namespace KnowledgeArchive.Tools.Commands.Cluster;

/// <summary>
/// The processes of a local cluster, from the PID files <c>deploy/cluster/up.sh</c> writes (<c>DIR/run/NAME.pid</c>),
/// and the CPU time each has used with its child processes (a worker's extraction processes, PostgreSQL's backends).
/// </summary>
internal sealed class ClusterProcesses(IReadOnlyDictionary<string, int> pids)
{
    public IReadOnlyDictionary<string, int> Pids => pids;

    public static ClusterProcesses Read(string directory)
    {
        var run = Path.Combine(directory, "run");
        var pids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (Directory.Exists(run))
        {
            foreach (var file in Directory.EnumerateFiles(run, "*.pid"))
            {
                if (int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}"))
                {
                    pids[Path.GetFileNameWithoutExtension(file)] = pid;
                }
            }
        }

        return new ClusterProcesses(pids);
    }

    /// <summary>CPU time used so far by each running process of the cluster, with its children.</summary>
    public Dictionary<string, TimeSpan> CpuTimes() => pids.ToDictionary(p => p.Key, p => ProcessTree.CpuTime(p.Value), StringComparer.Ordinal);
}
