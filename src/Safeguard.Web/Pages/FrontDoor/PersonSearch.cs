using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.People;

namespace Safeguard.Web.Pages.FrontDoor;

/// <summary>
/// The database half of person search: narrows a set of children (the user's scope, or the whole authority for the
/// duplicate check) to the few that could match, as small projections; <see cref="PersonMatching"/> then decides and ranks.
/// </summary>
public static class PersonSearch
{
    /// <summary>Most candidates read for one search: enough for any name in a county; a date of birth narrows further.</summary>
    public const int CandidateLimit = 2000;

    public sealed record Ranked(PersonCandidate Child, int Score);

    /// <summary>The matching children, best first (exact before alike before typo), then by name.</summary>
    public static async Task<(IReadOnlyList<Ranked> Matches, bool Capped)> FindAsync(IQueryable<Child> children, PersonQuery query,
        CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(children, query, cancellationToken);
        var ranked = candidates
            .Select(c => new Ranked(c, PersonMatching.Score(query, c) ?? -1))
            .Where(r => r.Score >= 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Child.FamilyName).ThenBy(r => r.Child.GivenName).ThenBy(r => r.Child.Id)
            .ToList();
        return (ranked, candidates.Count >= CandidateLimit);
    }

    /// <summary>
    /// Children an identifier matches exactly, or — for names only — whose first or last name shares a word's phonetic
    /// key, starts with its first two letters, ends with its last three (a typo at the start) or contains it.
    /// </summary>
    /// <param name="everyWord">Each word must narrow (the duplicate check, where both names are given), rather than any.</param>
    public static async Task<List<PersonCandidate>> CandidatesAsync(IQueryable<Child> children, PersonQuery query, CancellationToken cancellationToken,
        bool everyWord = false)
    {
        if (query.IsEmpty) return [];
        if (query.NhsNumber is { } nhs) children = children.Where(c => c.NhsNumber == nhs);
        if (query.Upn is { } upn) children = children.Where(c => c.Upn == upn);
        if (query.DateOfBirth is { } dob) children = children.Where(c => c.DateOfBirth == dob || c.ExpectedDateOfBirth == dob);
        if (!query.HasIdentifiers)
        {
            if (everyWord)
                foreach (var word in query.Names) children = children.Where(WordMayMatch([word]));
            else children = children.Where(WordMayMatch(query.Names));
        }
        var rows = await children
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.ExpectedDateOfBirth, c.NhsNumber, c.Upn })
            .Take(CandidateLimit)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PersonCandidate(r.Id, r.GivenName, r.FamilyName, r.DateOfBirth, r.ExpectedDateOfBirth, r.NhsNumber?.Value, r.Upn?.Value)).ToList();
    }

    private static Expression<Func<Child, bool>> WordMayMatch(IReadOnlyList<string> words)
    {
        Expression<Func<Child, bool>>? any = null;
        foreach (var word in words)
        {
            // Lower-cased on both sides: the same case-insensitive match on SQLite and PostgreSQL.
            var w = word.Replace("'", "", StringComparison.Ordinal);
            var key = PersonMatching.PhoneticKey(w);
            var start = w.Length >= 2 ? w[..2] : w;
            var end = w.Length >= 5 ? w[^3..] : "\u0001";
            Expression<Func<Child, bool>> one = w.Length >= 3 && key.Length > 0
                ? c => c.GivenNameKey == key || c.FamilyNameKey == key
                    || c.GivenName.ToLower().StartsWith(start) || c.FamilyName.ToLower().StartsWith(start)
                    || c.GivenName.ToLower().EndsWith(end) || c.FamilyName.ToLower().EndsWith(end)
                    || c.GivenName.ToLower().Contains(w) || c.FamilyName.ToLower().Contains(w)
                : c => c.GivenName.ToLower().StartsWith(start) || c.FamilyName.ToLower().StartsWith(start)
                    || c.GivenName.ToLower().Contains(w) || c.FamilyName.ToLower().Contains(w);
            any = any is null ? one : Or(any, one);
        }
        return any ?? (c => false);
    }

    private static Expression<Func<Child, bool>> Or(Expression<Func<Child, bool>> a, Expression<Func<Child, bool>> b)
    {
        var body = new Rebind(b.Parameters[0], a.Parameters[0]).Visit(b.Body);
        return Expression.Lambda<Func<Child, bool>>(Expression.OrElse(a.Body, body), a.Parameters[0]);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
