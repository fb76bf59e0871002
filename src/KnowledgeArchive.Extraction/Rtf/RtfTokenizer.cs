using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// Splits the bytes of an RTF file into braces, control words and symbols, hexadecimal bytes and runs of text. Line
/// breaks in the file are not text; the raw bytes after <c>\binN</c> are stepped over (no further than the end of the
/// file, whatever N claims). Counts the control bytes found in text, which RTF never has but other files do.
/// </summary>
internal sealed class RtfTokenizer(byte[] data)
{
    private const int MaxWordLength = 32;
    private const int MaxDigits = 10;
    private int position;

    /// <summary>Bytes read as text so far.</summary>
    public long TextBytes { get; private set; }

    /// <summary>Control bytes (other than tab) found among them: a sign the file is not RTF at all.</summary>
    public long ControlBytes { get; private set; }

    /// <summary>
    /// Counts the bytes after the document's last brace as text: word processors leave nothing there but line breaks
    /// and padding (NUL bytes, which do not count), while a file that only starts like RTF carries on.
    /// </summary>
    public void CountRest()
    {
        var rest = data.AsSpan(position);
        TextBytes += rest.Length;
        foreach (var b in rest)
        {
            if (b < 0x20 && b is not (0 or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                ControlBytes++;
            }
        }
    }

    public ReadOnlySpan<byte> TextOf(RtfToken token) => data.AsSpan(token.Start, token.Length);

    public RtfToken Next()
    {
        while (position < data.Length)
        {
            var b = data[position];
            switch (b)
            {
                case (byte)'{':
                    position++;
                    return new RtfToken(RtfTokenKind.GroupStart);
                case (byte)'}':
                    position++;
                    return new RtfToken(RtfTokenKind.GroupEnd);
                case (byte)'\\':
                    return Control();
                case (byte)'\r' or (byte)'\n':
                    position++;
                    continue;
                default:
                    return Text();
            }
        }

        return new RtfToken(RtfTokenKind.End);
    }

    private RtfToken Text()
    {
        var rest = data.AsSpan(position);
        var length = rest.IndexOfAny("\\{}\r\n"u8);
        length = length < 0 ? rest.Length : length;
        var run = rest[..length];
        TextBytes += length;
        for (var at = run.IndexOfAnyInRange((byte)0, (byte)0x1F); at >= 0; at = Next(run, at))
        {
            if (run[at] != (byte)'\t')
            {
                ControlBytes++;
            }
        }

        var token = new RtfToken(RtfTokenKind.Text, Start: position, Length: length);
        position += length;
        return token;

        static int Next(ReadOnlySpan<byte> run, int at)
        {
            var next = run[(at + 1)..].IndexOfAnyInRange((byte)0, (byte)0x1F);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    private RtfToken Control()
    {
        position++;
        if (position >= data.Length)
        {
            return new RtfToken(RtfTokenKind.End);
        }

        var first = data[position];
        if (!char.IsAsciiLetter((char)first))
        {
            position++;
            return first == (byte)'\'' ? Hex() : new RtfToken(RtfTokenKind.ControlSymbol, Symbol(first));
        }

        var start = position;
        while (position < data.Length && char.IsAsciiLetter((char)data[position]))
        {
            position++;
        }

        var name = Encoding.ASCII.GetString(data, start, Math.Min(position - start, MaxWordLength));
        var (hasParameter, parameter) = Parameter();
        if (position < data.Length && data[position] == (byte)' ')
        {
            position++;
        }

        if (name == "bin" && hasParameter)
        {
            position += (int)Math.Clamp((long)parameter, 0, data.Length - position);
        }

        return new RtfToken(RtfTokenKind.ControlWord, name, parameter, hasParameter);
    }

    private (bool HasParameter, int Value) Parameter()
    {
        var negative = position < data.Length && data[position] == (byte)'-';
        var start = negative ? position + 1 : position;
        var end = start;
        long value = 0;
        while (end < data.Length && char.IsAsciiDigit((char)data[end]))
        {
            if (end - start < MaxDigits)
            {
                value = (value * 10) + (data[end] - '0');
            }

            end++;
        }

        if (end == start)
        {
            return (false, 0);
        }

        position = end;
        return (true, (int)Math.Clamp(negative ? -value : value, int.MinValue, int.MaxValue));
    }

    private RtfToken Hex()
    {
        if (position + 2 <= data.Length && Digit(data[position]) is var high and >= 0 && Digit(data[position + 1]) is var low and >= 0)
        {
            position += 2;
            return new RtfToken(RtfTokenKind.HexByte, Value: (byte)((high << 4) | low));
        }

        // A broken \' escape: nothing to decode.
        return new RtfToken(RtfTokenKind.ControlSymbol, "'");
    }

    private static int Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static string Symbol(byte b) => b switch
    {
        (byte)'\r' or (byte)'\n' => "par",
        _ => ((char)b).ToString(),
    };
}
