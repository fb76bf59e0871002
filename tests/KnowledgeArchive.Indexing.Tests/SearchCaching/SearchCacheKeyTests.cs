using System.Reflection;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests.SearchCaching;

/// <summary>The cache key holds everything a search's answer depends on but its page, so no two different searches share an entry.</summary>
public sealed class SearchCacheKeyTests
{
    private static readonly string[] Paging = [nameof(SearchQuery.Page), nameof(SearchQuery.PageSize)];

    public static TheoryData<string> AnsweringProperties() =>
        [.. typeof(SearchQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => !Paging.Contains(n))];

    [Theory]
    [MemberData(nameof(AnsweringProperties))]
    public void EveryPropertyButThePage_ChangesTheKey(string name)
    {
        var property = typeof(SearchQuery).GetProperty(name)!;
        var query = new SearchQuery();
        var changed = query with { };
        property.SetValue(changed, OtherValue(property.PropertyType, property.GetValue(query)));

        Assert.NotEqual(SearchCacheKey.Of(query), SearchCacheKey.Of(changed));
    }

    [Fact]
    public void ThePage_DoesNotChangeTheKey()
    {
        var query = new SearchQuery { Text = "wheelchair", Page = 1, PageSize = 20 };

        Assert.Equal(SearchCacheKey.Of(query), SearchCacheKey.Of(query with { Page = 7, PageSize = 200 }));
    }

    [Fact]
    public void Scopes_NeverShareAKey()
    {
        var query = new SearchQuery { Text = "estates" };

        Assert.NotEqual(SearchCacheKey.Of(query with { Scope = RecordScope.PublicOnly }), SearchCacheKey.Of(query with { Scope = RecordScope.All }));
    }

    [Fact]
    public void FilterValues_AreKeyedAsTheQueryReadsThem()
    {
        var typed = new SearchQuery { Text = " ", Ccg = " NHS North Marsh CCG", Body = "", Outcome = "Ratified" };
        var read = new SearchQuery { Text = string.Empty, Ccg = "nhs north marsh ccg", Body = null, Outcome = "ratified" };

        Assert.Equal(SearchCacheKey.Of(read), SearchCacheKey.Of(typed));
    }

    [Fact]
    public void QueryText_IsKeyedExactlyAsTyped()
    {
        // A trailing escaped space is a word character to the query language; trimming it would change the query.
        Assert.NotEqual(SearchCacheKey.Of(new SearchQuery { Text = "gb19\\ " }), SearchCacheKey.Of(new SearchQuery { Text = "gb19\\" }));
        Assert.NotEqual(SearchCacheKey.Of(new SearchQuery { Text = "Wheelchair" }), SearchCacheKey.Of(new SearchQuery { Text = "wheelchair" }));
    }

    /// <summary>A value unlike <paramref name="current"/>; a property of a new type must be given one here, and thought about in the key.</summary>
    private static object OtherValue(Type type, object? current) => type switch
    {
        _ when type == typeof(string) => current as string == "wheelchair" ? "estates" : "wheelchair",
        _ when type == typeof(DateOnly?) => new DateOnly(2019, 3, 26),
        _ when type == typeof(bool) => !(bool)current!,
        _ when type.IsEnum => Enum.GetValues(type).Cast<object>().First(v => !v.Equals(current)),
        _ => throw new InvalidOperationException($"No test value for a SearchQuery property of type {type}: add one, and add the property to SearchCacheKey."),
    };
}
