using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// An 8-bit grey picture of a page (from <c>pdftoppm -gray</c>, or a decoded picture file), cleaned of specks before
/// it is read, and measured: how thick each word's strokes are (bold is thicker) and where its rules are.
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

    /// <summary>A picture from its grey pixels, row by row from the top left.</summary>
    public static GrayPicture FromPixels(int width, int height, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(pixels.Length, width * height);
        return new GrayPicture(width, height, pixels);
    }

    /// <summary>
    /// The picture shrunk by a whole <paramref name="factor"/> (each output pixel the mean of a square of input
    /// pixels), for a page picture kept for readers rather than read.
    /// </summary>
    public GrayPicture Shrunk(int factor)
    {
        if (factor <= 1)
        {
            return this;
        }

        var width = Math.Max(1, Width / factor);
        var height = Math.Max(1, Height / factor);
        var small = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sum = 0;
                for (var dy = 0; dy < factor; dy++)
                {
                    var row = ((y * factor) + dy) * Width;
                    for (var dx = 0; dx < factor; dx++)
                    {
                        sum += pixels[row + (x * factor) + dx];
                    }
                }

                small[(y * width) + x] = (byte)(sum / (factor * factor));
            }
        }

        return new GrayPicture(width, height, small);
    }

    /// <summary>The pixels as they are, row by row.</summary>
    public ReadOnlySpan<byte> Pixels => pixels;

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

    /// <summary>
    /// Whitens specks: groups of touching dark pixels no larger than <paramref name="maxArea"/> pixels with no other
    /// mark within <paramref name="clearance"/> pixels (scanner dust and copier noise), which OCR otherwise reads as
    /// stray letters and bars. Full stops, commas and the dots of letters are as small, but sit beside letters, so
    /// they stay. Returns how many specks were removed.
    /// </summary>
    public int RemoveSpecks(int maxArea, int clearance)
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

            if (!large && Isolated(component, clearance))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Whitens a small component, and puts it back when another mark is near it.</summary>
    private bool Isolated(List<int> component, int clearance)
    {
        var saved = component.Select(at => pixels[at]).ToArray();
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = 0, y1 = 0;
        foreach (var at in component)
        {
            pixels[at] = 255;
            (x0, x1) = (Math.Min(x0, at % Width), Math.Max(x1, at % Width));
            (y0, y1) = (Math.Min(y0, at / Width), Math.Max(y1, at / Width));
        }

        for (var y = Math.Max(0, y0 - clearance); y <= Math.Min(Height - 1, y1 + clearance); y++)
        {
            var row = pixels.AsSpan((y * Width) + Math.Max(0, x0 - clearance), Math.Min(Width - 1, x1 + clearance) - Math.Max(0, x0 - clearance) + 1);
            if (row.IndexOfAnyInRange((byte)0, (byte)(SpeckLevel - 1)) >= 0)
            {
                for (var i = 0; i < component.Count; i++)
                {
                    pixels[component[i]] = saved[i];
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How thick a box's strokes are: the mean length of the runs of ink along its rows. Bold type has thicker
    /// strokes than the text around it, whatever its letters; 0 when the box holds no ink.
    /// </summary>
    public double StrokeWidth(int left, int top, int width, int height)
    {
        var x0 = Math.Clamp(left, 0, Width);
        var x1 = Math.Clamp(left + width, 0, Width);
        var y0 = Math.Clamp(top, 0, Height);
        var y1 = Math.Clamp(top + height, 0, Height);
        long ink = 0, runs = 0;
        for (var y = y0; y < y1; y++)
        {
            var inRun = false;
            foreach (var pixel in pixels.AsSpan((y * Width) + x0, Math.Max(0, x1 - x0)))
            {
                var dark = pixel < InkLevel;
                if (dark)
                {
                    ink++;
                    runs += inRun ? 0 : 1;
                }

                inRun = dark;
            }
        }

        return runs == 0 ? 0 : (double)ink / runs;
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
