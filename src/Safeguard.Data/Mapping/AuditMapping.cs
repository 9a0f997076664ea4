using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Data.Audit;

namespace Safeguard.Data.Mapping;

internal sealed class AuditMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Sequence).IsUnique();
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Role).HasMaxLength(40);
        b.Property(x => x.What).HasMaxLength(200);
        b.Property(x => x.FromAddress).HasMaxLength(45);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        // "Who has viewed this record": the auditor's page reads by child, newest first.
        b.HasIndex(x => new { x.ChildId, x.Sequence });
    }
}
