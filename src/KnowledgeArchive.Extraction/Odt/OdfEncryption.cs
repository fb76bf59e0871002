using System.IO.Compression;
using System.Xml;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>Whether an OpenDocument package (text, spreadsheet or presentation) is password-protected: its manifest says how a part is encrypted.</summary>
public static class OdfEncryption
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <summary>Reads the manifest forward only; a manifest over <paramref name="maxManifestBytes"/> is not read (the size checks refuse it).</summary>
    public static bool IsEncrypted(ZipArchive zip, long maxManifestBytes)
    {
        ArgumentNullException.ThrowIfNull(zip);
        if (zip.GetEntry("META-INF/manifest.xml") is not { } entry || entry.Length > maxManifestBytes)
        {
            return false;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Safe);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encryption-data" && reader.NamespaceURI == OdfNames.Manifest.NamespaceName)
            {
                return true;
            }
        }

        return false;
    }
}
