using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeArchive.Indexing.Analysis;

/// <summary>
/// Spells lower-cased words the British way before stemming, so "organization" finds "organisation" and
/// "pediatric" finds "paediatric": -ize/-yze endings become -ise/-yse, and a list of common medical and
/// administrative words take their UK form.
/// </summary>
internal sealed partial class UkSpellingFilter : TokenFilter
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["anemia"] = "anaemia",
        ["anesthesia"] = "anaesthesia",
        ["anesthetic"] = "anaesthetic",
        ["behavior"] = "behaviour",
        ["behavioral"] = "behavioural",
        ["catalog"] = "catalogue",
        ["center"] = "centre",
        ["centers"] = "centres",
        ["color"] = "colour",
        ["defense"] = "defence",
        ["diarrhea"] = "diarrhoea",
        ["enroll"] = "enrol",
        ["esophageal"] = "oesophageal",
        ["esophagus"] = "oesophagus",
        ["estrogen"] = "oestrogen",
        ["favor"] = "favour",
        ["fetal"] = "foetal",
        ["fetus"] = "foetus",
        ["fulfill"] = "fulfil",
        ["gynecology"] = "gynaecology",
        ["hematology"] = "haematology",
        ["hemoglobin"] = "haemoglobin",
        ["hemorrhage"] = "haemorrhage",
        ["honor"] = "honour",
        ["judgment"] = "judgement",
        ["labor"] = "labour",
        ["leukemia"] = "leukaemia",
        ["license"] = "licence",
        ["neighbor"] = "neighbour",
        ["orthopedic"] = "orthopaedic",
        ["orthopedics"] = "orthopaedics",
        ["pediatric"] = "paediatric",
        ["pediatrics"] = "paediatrics",
        ["program"] = "programme",
        ["programs"] = "programmes",
        ["tumor"] = "tumour",
        ["tumors"] = "tumours",
    };

    private readonly ICharTermAttribute term;

    public UkSpellingFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public static string Spell(string word)
    {
        if (Words.TryGetValue(word, out var uk))
        {
            return uk;
        }

        var match = IzeEnding().Match(word);
        return match.Success ? match.Groups["stem"].Value + match.Groups["y"].Value + "s" + match.Groups["end"].Value : word;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        var uk = Spell(word);
        if (!ReferenceEquals(uk, word) && uk != word)
        {
            term.SetEmpty().Append(uk);
        }

        return true;
    }

    // organize, organizing, organization(s), analyze, analyzed; a stem of at least three letters keeps "size" and "seize" as they are.
    [GeneratedRegex(@"^(?<stem>[a-z]{3,}?)(?<y>[iy])z(?<end>e|es|ed|er|ers|ing|ation|ations|ational)$", RegexOptions.CultureInvariant)]
    private static partial Regex IzeEnding();
}
