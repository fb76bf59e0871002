using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>
/// Finds the governing body or committee a phrase names: a name or abbreviation from the phrasebook ("GB",
/// "Quality and Performance Committee"), or a name shaped like one (capitalised words ending in a body's head word:
/// "Finance and Contracting Committee", "Joint Strategic Commissioning Board"). A listed name is shown as listed;
/// another as printed. Organisations' names are not bodies ("Clinical Commissioning Group"), except a joint committee's.
/// </summary>
public sealed class BodyReader
{
    private const int MaxNameWords = 10;
    private readonly PhraseTrie<string> names = new();
    private readonly Dictionary<string, string> abbreviations = new(StringComparer.Ordinal);
    private readonly PhraseTrie<bool> heads = new();
    private readonly PhraseTrie<bool> tails = new();
    private readonly HashSet<string> joiners;
    private readonly PhraseSet organisationForms;
    private readonly HashSet<string> stop;
    private readonly HashSet<string> inside;
    private readonly HashSet<string> prefixes;

    public BodyReader(Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var phrasebook = wording.Phrasebook;
        foreach (var body in phrasebook.Bodies)
        {
            names.Add(body.Name, body.Name);
            foreach (var alias in body.Aliases ?? [])
            {
                if (alias.Length <= 6 && alias.Any(char.IsUpper) && !alias.Contains(' ', StringComparison.Ordinal))
                {
                    abbreviations[alias] = body.Name;
                }
                else
                {
                    names.Add(alias, body.Name);
                }
            }
        }

        foreach (var head in phrasebook.BodyHeads)
        {
            heads.Add(head, true);
        }

        foreach (var tail in phrasebook.BodyNameTails)
        {
            tails.Add(tail, true);
        }

        joiners = new HashSet<string>(phrasebook.BodyNameWords, StringComparer.OrdinalIgnoreCase);
        prefixes = new HashSet<string>(phrasebook.Organisations.NamePrefix, StringComparer.OrdinalIgnoreCase);
        // A joint committee is a body as well as an organisation: only other organisations' names are masked.
        organisationForms = new PhraseSet(phrasebook.Organisations.Forms.Where(f => f.Key != Organisations.OrganisationKinds.JointCommittee).SelectMany(f => f.Value));
        var documentWords = phrasebook.DocumentTypes.Minutes.Concat(phrasebook.DocumentTypes.Policy).Concat(phrasebook.DocumentTypes.Handover).SelectMany(w => w.Split(' '));
        inside = new HashSet<string>(phrasebook.TitleBlock.DocumentStatusWords.Concat(phrasebook.Organisations.NamePrefix).Concat(documentWords).Where(w => !joiners.Contains(w)), StringComparer.OrdinalIgnoreCase);
        // A name starts with neither a joiner ("OF THE GOVERNING BODY") nor a session word ("Private Session of the Board").
        var headWords = phrasebook.BodyHeads.SelectMany(h => h.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sessionWords = phrasebook.Sessions.Private.Concat(phrasebook.Sessions.Public).SelectMany(w => w.Split(' ')).Where(w => !headWords.Contains(w));
        stop = new HashSet<string>(phrasebook.Grammar.Determiners.Concat(inside).Concat(joiners).Concat(sessionWords), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first body <paramref name="text"/> names, or null.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Mask(text);
        var tokens = Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation || t.Text == "&").ToList();
        var words = tokens.Select(t => t.Norm).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (abbreviations.TryGetValue(tokens[i].Text, out var abbreviated))
            {
                return abbreviated;
            }

            var listed = names.Longest(words, i);
            var shaped = Shaped(tokens, words, i);
            if (shaped is { } s && (listed is null || s.Length > listed.Value.Length))
            {
                var printed = string.Join(' ', tokens.Skip(i).Take(s.Length).Select(t => t.Text));
                return names.Longest(Tokenizer.Words(printed), 0) is { } exact && exact.Length == s.Length ? exact.Values[0] : printed;
            }

            if (listed is { } l && l.Length > 0)
            {
                return l.Values[0];
            }
        }

        return null;
    }

    /// <summary>The body a file name's abbreviation stands for ("GB" in "gb_minutes_20160921.pdf"), or null.</summary>
    public string? FindInFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetFileNameWithoutExtension(fileName).Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => abbreviations.GetValueOrDefault(w.ToUpperInvariant()) ?? abbreviations.GetValueOrDefault(w))
            .FirstOrDefault(b => b is not null);
    }

    /// <summary>Blanks out organisations' names ("NHS Hollin Vale Clinical Commissioning Group"), which end in words bodies end in too.</summary>
    private string Mask(string text)
    {
        var masked = text.ToCharArray();
        foreach (var (_, start, end) in organisationForms.FindAll(text))
        {
            var from = start;
            while (from > 0)
            {
                var wordEnd = from;
                while (wordEnd > 0 && text[wordEnd - 1] == ' ')
                {
                    wordEnd--;
                }

                var wordStart = wordEnd;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                var word = text[wordStart..wordEnd];
                if (word.Length == 0 || !(char.IsUpper(word[0]) || joiners.Contains(word)) || heads.Contains(Tokenizer.Words(word)))
                {
                    break;
                }

                from = wordStart;
                if (prefixes.Contains(word))
                {
                    break;
                }
            }

            Array.Fill(masked, ' ', from, end - from);
        }

        return new string(masked);
    }

    /// <summary>A capitalised run from <paramref name="start"/> that ends in a body's head word and names no organisation.</summary>
    private (int Length, bool)? Shaped(List<Token> tokens, List<string> words, int start)
    {
        if (!tokens[start].IsCapitalised || stop.Contains(tokens[start].Text))
        {
            return null;
        }

        // The shortest run ending in a head word, or a longer one it runs on into ("Joint Committee of the Wyvern and Marsh CCGs").
        int? best = null;
        var extending = false;
        for (var end = start; end < Math.Min(tokens.Count, start + MaxNameWords); end++)
        {
            if (extending && tails.EndingAt(words, end + 1).Any(t => t.Start > start))
            {
                best = end - start + 1;
                break;
            }

            var token = tokens[end];
            if (!(token.IsCapitalised || joiners.Contains(token.Text)) || end > start && inside.Contains(token.Text))
            {
                break;
            }

            if (heads.EndingAt(words, end + 1).Any(h => h.Start >= start))
            {
                var name = string.Join(' ', tokens.Skip(start).Take(end - start + 1).Select(t => t.Text));
                var longer = end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && heads.EndingAt(words, end + 2).Any(h => h.Start >= start);
                if (!longer && !organisationForms.IsIn(name))
                {
                    best = end - start + 1;
                }

                var runsOn = end + 1 < tokens.Count && !tokens[end + 1].IsCapitalised && joiners.Contains(tokens[end + 1].Text);
                if (!longer && !runsOn)
                {
                    break;
                }

                extending |= runsOn;
            }
        }

        return best is { } length ? (length, true) : null;
    }
}
