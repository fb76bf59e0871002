using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// An 8-bit grey picture read from a binary PGM file (what <c>pdftoppm -gray</c> writes), used to measure how much
/// ink each word carries: bold type carries more than the body text around it.
/// </summary>
internal sealed class GrayPicture
{
    private const byte InkLevel = 128;
    private const byte SpeckLevel = 200;

    private readonly byte[] pixels;

    private GrayPicture(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Reads a binary (P5) 8-bit PGM file; null when it is anything else.</summary>
    public static GrayPicture? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 0;
        if (Token(bytes, ref at) != "P5")
        {
            return null;
        }

        if (!int.TryParse(Token(bytes, ref at), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(Token(bytes, ref at), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || Token(bytes, ref at) != "255")
        {
            return null;
        }

        at++; // The single whitespace byte after the header.
        var length = (long)width * height;
        return width <= 0 || height <= 0 || bytes.Length - at < length ? null : new GrayPicture(width, height, bytes[at..(at + (int)length)]);
    }

    /// <summary>The share of a box's pixels that are ink (darker than mid-grey).</summary>
    public double InkRatio(int left, int top, int width, int height)
    {
        var x0 = Math.Clamp(left, 0, Width);
        var x1 = Math.Clamp(left + width, 0, Width);
        var y0 = Math.Clamp(top, 0, Height);
        var y1 = Math.Clamp(top + height, 0, Height);
        if (x1 <= x0 || y1 <= y0)
        {
            return 0;
        }

        var ink = 0;
        for (var y = y0; y < y1; y++)
        {
            var row = pixels.AsSpan((y * Width) + x0, x1 - x0);
            foreach (var pixel in row)
            {
                if (pixel < InkLevel)
                {
                    ink++;
                }
            }
        }

        return (double)ink / ((x1 - x0) * (y1 - y0));
    }

    /// <summary>
    /// Whitens specks: groups of touching dark pixels no larger than <paramref name="maxArea"/> pixels (scanner dust
    /// and copier noise), which OCR otherwise reads as stray letters and bars. Full stops and the dots of letters
    /// are larger than specks at the resolutions pages are read at. Returns how many specks were removed.
    /// </summary>
    public int RemoveSpecks(int maxArea)
    {
        var seen = new bool[pixels.Length];
        var component = new List<int>(maxArea + 1);
        var stack = new Stack<int>();
        var removed = 0;
        for (var start = 0; start < pixels.Length; start++)
        {
            if (seen[start] || pixels[start] >= SpeckLevel)
            {
                continue;
            }

            component.Clear();
            var large = false;
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                if (!large)
                {
                    component.Add(at);
                    large = component.Count > maxArea;
                }

                var x = at % Width;
                var y = at / Width;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        var ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= Width || ny >= Height)
                        {
                            continue;
                        }

                        var next = (ny * Width) + nx;
                        if (!seen[next] && pixels[next] < SpeckLevel)
                        {
                            seen[next] = true;
                            stack.Push(next);
                        }
                    }
                }
            }

            if (!large)
            {
                foreach (var at in component)
                {
                    pixels[at] = 255;
                }

                removed++;
            }
        }

        return removed;
    }

    /// <summary>Whether the pixel at (x, y) is part of a mark: ink, or the lighter grey of a thin printed rule.</summary>
    public bool IsMarked(int x, int y) => pixels[(y * Width) + x] < SpeckLevel;

    /// <summary>Writes the picture as a binary PGM file.</summary>
    public void Write(string path)
    {
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        file.Write(pixels);
    }

    private static string Token(byte[] bytes, ref int at)
    {
        while (at < bytes.Length)
        {
            if (bytes[at] == (byte)'#')
            {
                while (at < bytes.Length && bytes[at] != (byte)'\n')
                {
                    at++;
                }
            }
            else if (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        var start = at;
        while (at < bytes.Length && !char.IsWhiteSpace((char)bytes[at]) && at - start < 16)
        {
            at++;
        }

        return Encoding.ASCII.GetString(bytes, start, at - start);
    }
}
