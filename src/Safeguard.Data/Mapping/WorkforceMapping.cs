using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Mapping;

internal sealed class AuthorityMapping : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.ToTable("Authorities");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LaCode).HasMaxLength(3);
        b.HasIndex(x => x.LaCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.OnsCode).HasMaxLength(9);
        b.Property(x => x.RuleSet).HasMaxLength(10);
    }
}

internal sealed class TeamMapping : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("Teams");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkerMapping : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> b)
    {
        b.ToTable("Workers");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FamilyMemberMapping : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> b)
    {
        b.ToTable("FamilyMembers");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AuthorityId, x.FamilyName });
    }
}

internal sealed class ProfessionalMapping : IEntityTypeConfiguration<Professional>
{
    public void Configure(EntityTypeBuilder<Professional> b)
    {
        b.ToTable("Professionals");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Role).HasMaxLength(200);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
