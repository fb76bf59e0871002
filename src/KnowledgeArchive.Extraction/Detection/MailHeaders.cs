namespace KnowledgeArchive.Extraction.Detection;

/// <summary>
/// Tells an internet message (RFC 5322: an .eml saved from a mail client, or a message exported from a mailbox) from
/// any other text: it opens with header fields, and among them those every message carries.
/// </summary>
public static class MailHeaders
{
    // A message has at least two of these before its first blank line; an ordinary text starting "Subject:" does not.
    private static readonly string[] Defining = ["from", "to", "date", "subject", "message-id", "mime-version", "received", "return-path", "content-type", "cc", "sender", "reply-to", "x-mailer", "delivered-to"];

    /// <summary>How much of a file is read to find the end of a message header (long Received and signature fields).</summary>
    public const int HeaderBytes = 64 * 1024;

    /// <summary>Whether the text's first line is a header field (or an mbox separator): worth reading more of.</summary>
    public static bool StartsWithField(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("From ", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && IsFieldName(text.AsSpan(0, colon));
    }

    /// <summary>Whether <paramref name="head"/> (the start of a file as text) is the header of a message.</summary>
    public static bool LookLikeMessage(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.TrimStart('\uFEFF', '\r', '\n').Split('\n');
        if (lines.Length > 0 && lines[0].StartsWith("From ", StringComparison.Ordinal))
        {
            // An mbox "From " separator line before the message.
            lines = lines[1..];
        }

        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (fields == 0)
                {
                    return false;
                }

                continue; // a folded continuation of the field above
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsFieldName(line.AsSpan(0, colon)))
            {
                // The head may end mid-line; anything else that is not a field means this is not a message header.
                return raw == lines[^1] && known.Count >= 2;
            }

            fields++;
            var name = line[..colon];
            if (Array.Exists(Defining, d => d.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                known.Add(name);
            }
        }

        return known.Count >= 2 && (known.Contains("from") || known.Contains("received") || known.Contains("message-id"));
    }

    // RFC 5322: printable ASCII except the colon; no spaces.
    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is <= ' ' or > '~')
            {
                return false;
            }
        }

        return name.Length <= 76;
    }
}
