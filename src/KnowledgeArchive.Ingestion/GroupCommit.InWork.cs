namespace KnowledgeArchive.Ingestion;

/// <content>A document in work, which a commit waits for while it is about to join.</content>
public sealed partial class GroupCommit
{
    /// <summary>
    /// One document in work; disposing it says it will not join a commit (any more). While it waits for OCR it is set
    /// aside (<see cref="SetAside"/>): commits do not wait for it then.
    /// </summary>
    public sealed class InWork(GroupCommit owner) : IDisposable
    {
        private const int Working = 0;
        private const int Aside = 1;
        private const int Left = 2;

        private int state;

        /// <summary>Not about to join a commit until the result is disposed.</summary>
        public IDisposable SetAside()
        {
            if (Interlocked.CompareExchange(ref state, Aside, Working) == Working)
            {
                owner.Leave();
            }

            return new Back(this);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref state, Left) == Working)
            {
                owner.Leave();
            }
        }

        private void Return()
        {
            if (Interlocked.CompareExchange(ref state, Working, Aside) == Aside)
            {
                owner.Rejoin();
            }
        }

        private sealed class Back(InWork work) : IDisposable
        {
            public void Dispose() => work.Return();
        }
    }
}
