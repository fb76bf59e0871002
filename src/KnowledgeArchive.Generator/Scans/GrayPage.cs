using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Generator.Scans;

/// <summary>A page picture in 8-bit grey, as a scanner or fax produces it; read from and written to binary PGM.</summary>
public sealed record GrayPage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Reads a binary (P5) PGM file, as <c>pdftoppm -gray</c> writes it.</summary>
    public static GrayPage FromPgm(byte[] pgm)
    {
        ArgumentNullException.ThrowIfNull(pgm);
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (at < pgm.Length && char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            var start = at;
            while (at < pgm.Length && !char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            fields.Add(Encoding.ASCII.GetString(pgm, start, at - start));
        }

        if (fields[0] != "P5" || fields[3] != "255")
        {
            throw new FormatException("not an 8-bit binary PGM picture");
        }

        var width = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        return new GrayPage(width, height, pgm[(at + 1)..(at + 1 + (width * height))]);
    }

    /// <summary>The page turned by <paramref name="degrees"/> about its centre, as a sheet fed askew; uncovered corners are white.</summary>
    public GrayPage Skewed(double degrees)
    {
        var angle = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(angle);
        var (cx, cy) = (Width / 2.0, Height / 2.0);
        var turned = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var sx = (int)Math.Round((cos * (x - cx)) + (sin * (y - cy)) + cx);
                var sy = (int)Math.Round((-sin * (x - cx)) + (cos * (y - cy)) + cy);
                turned[(y * Width) + x] = sx >= 0 && sy >= 0 && sx < Width && sy < Height ? Pixels[(sy * Width) + sx] : (byte)255;
            }
        }

        return this with { Pixels = turned };
    }

    /// <summary>The page with copier noise: a share <paramref name="density"/> of its pixels darkened at random, the same for the same seed.</summary>
    public GrayPage Noisy(double density, int seed)
    {
        var random = new Random(seed);
        var noisy = (byte[])Pixels.Clone();
        var count = (int)(density * noisy.Length);
        for (var i = 0; i < count; i++)
        {
            noisy[random.Next(noisy.Length)] = (byte)random.Next(0, 160);
        }

        return this with { Pixels = noisy };
    }
}
