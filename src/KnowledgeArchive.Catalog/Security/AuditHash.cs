using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog.Security;

/// <summary>The hash of an audit entry: SHA-256 over the previous entry's hash and every field, each length-prefixed so no two entries can read alike.</summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(long sequence, DateTimeOffset at, AuditEvent e, string previousHash)
    {
        var builder = new StringBuilder();
        foreach (var field in new[] { previousHash, sequence.ToString(CultureInfo.InvariantCulture), at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), e.Actor, e.Role, e.Action, e.Target, e.Detail })
        {
            var value = field ?? "\u0000";
            builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
