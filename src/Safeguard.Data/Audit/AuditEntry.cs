using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Safeguard.Data.Audit;

public enum AuditAction { Viewed, Created, Changed, Exported, Searched }

/// <summary>
/// One entry in the audit trail: who (user, worker, role) did what to which child's record, when and from where.
/// Entries form a hash chain — each carries the hash of the one before — so an altered or deleted entry is detectable.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, Guid? userId, string userName, string role, Guid? childId, AuditAction action, string what, string? fromAddress)
    {
        Id = Core.Shared.Ids.New();
        At = at; UserId = userId; UserName = userName; Role = role; ChildId = childId; Action = action;
        What = what.Length > 200 ? what[..200] : what;
        FromAddress = fromAddress;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the chain, from 1; assigned as the entry is saved.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string Role { get; private set; } = "";
    public Guid? ChildId { get; private set; }
    public AuditAction Action { get; private set; }
    public string What { get; private set; } = "";
    public string? FromAddress { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    internal void Chain(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash of this entry's content and its predecessor's hash (SHA-256, hex).</summary>
    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture), PreviousHash, At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            UserId?.ToString() ?? "", UserName, Role, ChildId?.ToString() ?? "", Action.ToString(), What, FromAddress ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
