using System.Text.RegularExpressions;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Organisations;

/// <summary>
/// Finds the organisations a text names: those of the register by any of their names, and others the register lacks
/// when the text names them as organisations ("NHS X CCG", "X Clinical Commissioning Group", "NHS Y Integrated Care
/// Board"), in the forms the phrasebook lists. A name is made of capitalised words and joiners only: a title such
/// as "Continuing Healthcare Policy" before an organisation's name is not part of it.
/// </summary>
public sealed class OrganisationFinder
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    /// <summary>Compiled: every sentence of every document is searched for the forms, and the interpreter was the larger part of finding organisations.</summary>
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private readonly Regex named;
    private readonly Regex tails;
    private readonly HashSet<string> excluded;
    private readonly Dictionary<string, string> kindOfForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly string prefix;
    private readonly HashSet<string> prefixes;
    private readonly HashSet<string> describing;
    private readonly HashSet<string> joiners;
    private readonly IReadOnlyDictionary<string, string> canonicalForms;

    public OrganisationFinder(Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var words = wording.Phrasebook.Organisations;
        foreach (var (kind, endings) in words.Forms)
        {
            foreach (var form in endings)
            {
                kindOfForm[Squash(form)] = OrganisationKinds.All.Contains(kind) ? kind : OrganisationKinds.Other;
            }
        }

        canonicalForms = words.CanonicalForms;
        prefix = words.NamePrefix.FirstOrDefault()?.ToUpperInvariant() ?? string.Empty;
        var forms = string.Join('|', words.Forms.Values.SelectMany(f => f).OrderByDescending(f => f.Length).Select(f => string.Join(@"\s+", f.Split(' ').Select(Regex.Escape))));
        named = new Regex($@"(?<=^|\s)(?<form>(?i:{forms}))\b", Options, Limit);
        var nameJoiners = string.Join('|', words.NameJoiners.OrderByDescending(j => j.Length).Select(Regex.Escape));
        var leadIns = string.Join('|', words.MemberLeadIns.OrderByDescending(l => l.Length).Select(l => string.Join(@"\s+", l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        if (leadIns.Length == 0)
        {
            leadIns = "(?!)"; // No lead-ins in the phrasebook: no committee is named by the members after its form.
        }

        tails = new Regex($@"^\s+(?i:{leadIns})\s+(?<name>(?:[A-Z][\w'’&-]*\s+(?:(?:{nameJoiners})\s+)?){{1,6}}?)(?<tail>(?i:{string.Join('|', wording.Phrasebook.BodyNameTails.OrderByDescending(t => t.Length).Select(t => string.Join(@"\s+", t.Split(' ').Select(Regex.Escape))))}))\b", Options, Limit);
        prefixes = new HashSet<string>(words.NamePrefix, StringComparer.OrdinalIgnoreCase);
        joiners = new HashSet<string>(words.NameJoiners, StringComparer.OrdinalIgnoreCase);
        describing = new HashSet<string>(words.DescribingWords, StringComparer.OrdinalIgnoreCase);

        // Words that end or start other names (bodies, document titles, determiners) cannot be part of an organisation's.
        excluded = new HashSet<string>(
            wording.Phrasebook.BodyHeads.Concat(wording.Phrasebook.DocumentTypes.Policy).Concat(wording.Phrasebook.DocumentTypes.Minutes)
                .Concat(wording.Phrasebook.DocumentTypes.Handover).Concat(wording.Phrasebook.Grammar.Determiners).Concat(words.NamePrefix)
                .Concat(wording.Phrasebook.Deciders.Heads).Concat(words.Forms.Values.SelectMany(f => f))
                .SelectMany(p => p.Split(' ')),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The organisations named in <paramref name="text"/>: the register's, then those named by form that it lacks, in order of appearance.</summary>
    public IReadOnlyList<OrganisationMention> FindIn(string text, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var found = gazetteer.FindIn(text).ToList();
        var normalisedText = OrganisationNames.NormaliseText(text);
        try
        {
            foreach (Match match in named.Matches(text))
            {
                var kind = kindOfForm.GetValueOrDefault(Squash(match.Groups["form"].Value), OrganisationKinds.Other);
                var nameWords = NameBefore(text, match.Index);
                string name;
                if (nameWords.Count > 0)
                {
                    name = Canonical(string.Join(' ', nameWords), kind, match.Groups["form"].Value);
                }
                else if (kind == OrganisationKinds.JointCommittee && tails.Match(text[(match.Index + match.Length)..]) is { Success: true } after)
                {
                    // "Joint Committee of the Wyvern and Marsh CCGs": the name after the form.
                    name = Squash(match.Value, keepCase: true) + " " + Squash(after.Value, keepCase: true);
                }
                else
                {
                    continue;
                }

                var at = match.Index;
                var key = OrganisationNames.Normalise(name);
                if (gazetteer.FindIn(name).Any(m => OrganisationNames.Normalise(m.Organisation.Name) == key) || found.Any(f => OrganisationNames.Normalise(f.Organisation.Name) == key))
                {
                    continue;
                }

                var position = normalisedText.IndexOf(" " + key + " ", StringComparison.Ordinal);
                found.Add(new OrganisationMention(new Organisation { Id = key, Name = name, Kind = kind }, position < 0 ? at : position, InGazetteer: false));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text: the organisations found so far are kept.
        }

        return found.OrderBy(m => m.Position).ToList();
    }

    /// <summary>
    /// The name before a form ("Hollin Vale" before "CCG"): capitalised words, and joiners between them, back to a
    /// prefix ("NHS"), a word that belongs to something else (a body, a title, a determiner) or punctuation.
    /// </summary>
    private List<string> NameBefore(string text, int formStart)
    {
        var words = new List<string>();
        var end = formStart;
        while (words.Count < 7)
        {
            var wordEnd = end;
            while (wordEnd > 0 && text[wordEnd - 1] is ' ' or '\t')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '’' or '-' or '&'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = text[wordStart..wordEnd];
            if (prefixes.Contains(word) || excluded.Contains(word) && !joiners.Contains(word) || describing.Contains(word) || word.All(char.IsDigit))
            {
                break;
            }

            var capitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (!capitalised && !(joiners.Contains(word) && words.Count > 0))
            {
                break;
            }

            words.Insert(0, word);
            end = wordStart;
        }

        while (words.Count > 0 && joiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words;
    }

    /// <summary>The name as the archive shows it ("NHS X CCG", "NHS X Integrated Care Board"), or a joint body's name as printed.</summary>
    private string Canonical(string name, string kind, string form) =>
        canonicalForms.TryGetValue(kind, out var ending)
            ? $"{prefix} {name} {ending}".Trim()
            : $"{name} {string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";

    private static string Squash(string form, bool keepCase = false) =>
        string.Join(' ', (keepCase ? form : form.ToLowerInvariant()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
