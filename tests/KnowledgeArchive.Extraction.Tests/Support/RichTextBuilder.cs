using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes RTF documents as Word's "Save as RTF" does: a font table (Times New Roman in Windows-1252, Arial CE in
/// Windows-1250, Symbol for bullets), a stylesheet with "heading 1" and "heading 2" (with aliases), document information, headers
/// and footers, then paragraphs each opened with <c>\pard\plain</c>. Text is escaped the way Word escapes it:
/// characters of the code page as <c>\'hh</c>, others as <c>\uN</c> followed by a "?" stand-in.
/// </summary>
public sealed class RichTextBuilder
{
    private static readonly Encoding WindowsLatin = CodePage(1252);
    private readonly StringBuilder body = new();
    private readonly StringBuilder before = new();
    private int listNumber;

    public RichTextBuilder Info(string title, string author, string subject, DateTime created, DateTime revised)
    {
        before.Append(CultureInfo.InvariantCulture, $"{{\\info{{\\title {Escape(title)}}}{{\\author {Escape(author)}}}")
            .Append(CultureInfo.InvariantCulture, $"{{\\subject {Escape(subject)}}}")
            .Append(CultureInfo.InvariantCulture, $"{{\\creatim{Time(created)}}}{{\\revtim{Time(revised)}}}{{\\version3}}{{\\nofpages2}}}}\r\n");
        return this;
    }

    /// <summary>A running header or footer: <paramref name="kind"/> is <c>header</c>, <c>footerf</c> and so on; the text may hold raw RTF.</summary>
    public RichTextBuilder Running(string kind, string rtf)
    {
        before.Append(CultureInfo.InvariantCulture, $"{{\\{kind} \\pard\\plain \\ql {rtf}\\par}}\r\n");
        return this;
    }

    public RichTextBuilder Heading(int level, string text) =>
        Raw($"\\pard\\plain \\s{level}\\ql\\sb240\\sa60\\keepn {{\\b\\fs32 {Escape(text)}}}\\par\r\n");

    public RichTextBuilder Paragraph(string text, bool bold = false) =>
        Raw($"\\pard\\plain \\ql\\sa120 {{{(bold ? "\\b " : string.Empty)}{Escape(text)}}}\\par\r\n");

    /// <summary>A numbered list item as Word writes it: the number in a <c>\listtext</c> group, then the text.</summary>
    public RichTextBuilder NumberedItem(string text, int level = 0)
    {
        var label = level == 0 ? $"{++listNumber}." : "(a)";
        return Raw($"\\pard\\plain \\fi-360\\li{720 * (level + 1)}\\ls1\\ilvl{level} " +
            $"{{\\listtext\\pard\\plain \\f0 {label}\\tab}}{Escape(text)}\\par\r\n");
    }

    /// <summary>A bulleted list item: the bullet is byte B7 of the Symbol font.</summary>
    public RichTextBuilder BulletItem(string text) =>
        Raw($"\\pard\\plain \\fi-360\\li720\\ls2\\ilvl0 {{\\listtext\\pard\\plain \\f2\\'b7\\tab}}{Escape(text)}\\par\r\n");

    /// <summary>A table, first row bold as a header row; each cell's text is escaped.</summary>
    public RichTextBuilder Table(params string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var definition = new StringBuilder("\\trowd \\trgaph108\\trleft-108");
            for (var c = 0; c < rows[r].Length; c++)
            {
                definition.Append(CultureInfo.InvariantCulture, $"\\clbrdrt\\brdrs\\cellx{2000 * (c + 1)}");
            }

            body.Append(definition).Append("\r\n");
            foreach (var cell in rows[r])
            {
                body.Append(CultureInfo.InvariantCulture, $"\\pard\\plain \\intbl {{{(r == 0 ? "\\b " : string.Empty)}{Escape(cell)}}}\\cell ");
            }

            body.Append("\\pard\\plain \\intbl {").Append(definition).Append("\\row}\r\n");
        }

        return this;
    }

    public RichTextBuilder PageBreak() => Raw("\\pard\\plain {\\page}\r\n");

    /// <summary>RTF written as given, for what the methods above do not write.</summary>
    public RichTextBuilder Raw(string rtf)
    {
        body.Append(rtf);
        return this;
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(ToString());

    public override string ToString() =>
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057\r\n" +
        "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}" +
        "{\\f1\\fswiss\\fcharset238\\fprq2 Arial CE;}{\\f2\\fnil\\fcharset2\\fprq2 Symbol;}}\r\n" +
        "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}\r\n" +
        "{\\stylesheet{\\ql \\f0\\fs24 \\snext0 Normal;}{\\s1\\ql \\b\\fs32 \\sbasedon0 \\snext0 heading 1;}" +
        "{\\s2\\ql \\b\\fs28 \\sbasedon0 \\snext0 heading 2,h2,Minute Heading;}{\\*\\cs10 \\additive Default Paragraph Font;}}\r\n" +
        "{\\*\\generator Minute Writer 4.2;}\r\n" +
        before + body + "}";

    /// <summary>Text as Word writes it in RTF.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rtf = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\\' or '{' or '}')
            {
                rtf.Append('\\').Append(c);
            }
            else if (c < 0x80)
            {
                rtf.Append(c);
            }
            else if (WindowsLatin.GetBytes([c]) is [var b] && b != (byte)'?')
            {
                rtf.Append(CultureInfo.InvariantCulture, $"\\'{b:x2}");
            }
            else
            {
                rtf.Append(CultureInfo.InvariantCulture, $"\\u{(short)c}?");
            }
        }

        return rtf.ToString();
    }

    private static string Time(DateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"\\yr{time.Year}\\mo{time.Month}\\dy{time.Day}\\hr{time.Hour}\\min{time.Minute}");

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
