using Safeguard.Data;
using Safeguard.Web.Access;
using Safeguard.Web.Audit;
using Safeguard.Web.Startup;

namespace Safeguard.Web.Records;

/// <summary>What every page of a child's record needs, in one parameter: the database, the access check, the audit path, today and the kept records.</summary>
public sealed record RecordServices(SafeguardDbContext Db, RecordAccess Access, RecordAudit Audit, Today Today, KeptRecords Kept);
