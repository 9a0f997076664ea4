using System.Globalization;
using System.Text;
using System.Xml;

namespace Safeguard.Core.Returns.Cin;

/// <summary>
/// Writes a census in the XSD's element order (order matters to xs:sequence), with 0/1 yes/no values, Sex and ISO
/// dates, streaming through an XmlWriter so a 20,000-child return never sits in memory as a DOM.
/// </summary>
public static class CinCensusWriter
{
    public static void Write(CinCensus census, Stream output)
    {
        ArgumentNullException.ThrowIfNull(census);
        Write(census.Header, census.Children, output);
    }

    /// <summary>Writes children as they are enumerated, so a caller can load them page by page and keep memory flat.</summary>
    public static void Write(CinHeader header, IEnumerable<CensusChild> children, Stream output)
    {
        ArgumentNullException.ThrowIfNull(children);
        using var file = Open(header, output);
        foreach (var child in children) file.Add(child);
        file.Complete();
    }

    /// <summary>
    /// Starts a census on <paramref name="output"/> and takes children as they come: for writing many authorities'
    /// files at once from one pass over the records. <see cref="CensusFileWriter.Complete"/> closes the document;
    /// disposing without it leaves the file unfinished (not well-formed), so a failed export cannot pass for a whole one.
    /// </summary>
    public static CensusFileWriter Open(CinHeader header, Stream output)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            CloseOutput = false,
        };
        var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("Message");
        WriteHeader(xml, header);
        xml.WriteStartElement("Children");
        return new CensusFileWriter(xml);
    }

    /// <summary>An open census file: add children, then complete it.</summary>
    public sealed class CensusFileWriter : IDisposable
    {
        private readonly XmlWriter _xml;
        private bool _complete;

        internal CensusFileWriter(XmlWriter xml) => _xml = xml;

        public void Add(CensusChild child)
        {
            ArgumentNullException.ThrowIfNull(child);
            if (_complete) throw new InvalidOperationException("The census file is already complete.");
            WriteChild(_xml, child);
        }

        public void Complete()
        {
            if (_complete) return;
            _complete = true;
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
            _xml.Flush();
        }

        // XmlWriter closes open elements when disposed, which would make an unfinished file look whole: an
        // incomplete writer is dropped instead (it owns no handle; the caller closes the stream).
        public void Dispose()
        {
            if (_complete) _xml.Dispose();
        }
    }

    public static void WriteFile(CinCensus census, string path)
    {
        using var file = File.Create(path);
        Write(census, file);
    }

    private static void WriteHeader(XmlWriter xml, CinHeader h)
    {
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        Text(xml, "Collection", h.Collection);
        if (h.Year is { } year) Text(xml, "Year", year.ToString("D4", CultureInfo.InvariantCulture));
        Date(xml, "ReferenceDate", h.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        Text(xml, "SourceLevel", h.SourceLevel);
        xml.WriteElementString("LEA", h.LaCode ?? "");
        Text(xml, "SoftwareCode", h.SoftwareCode);
        Text(xml, "Release", h.Release);
        Text(xml, "SerialNo", h.SerialNo);
        if (h.DateTime is { } dt) Text(xml, "DateTime", dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteChild(XmlWriter xml, CensusChild child)
    {
        xml.WriteStartElement("Child");
        var id = child.Identifiers;
        xml.WriteStartElement("ChildIdentifiers");
        xml.WriteElementString("LAchildID", id.LaChildId);
        Text(xml, "UPN", id.Upn);
        Text(xml, "FormerUPN", id.FormerUpn);
        Text(xml, "UPNunknown", id.UpnUnknown);
        Date(xml, "PersonBirthDate", id.PersonBirthDate);
        Date(xml, "ExpectedPersonBirthDate", id.ExpectedPersonBirthDate);
        xml.WriteElementString("Sex", id.Sex ?? "");
        Date(xml, "PersonDeathDate", id.PersonDeathDate);
        xml.WriteEndElement();

        xml.WriteStartElement("ChildCharacteristics");
        xml.WriteElementString("Ethnicity", child.Characteristics.Ethnicity ?? "");
        if (child.Characteristics.Disabilities.Count > 0)
        {
            xml.WriteStartElement("Disabilities");
            foreach (var d in child.Characteristics.Disabilities) xml.WriteElementString("Disability", d);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        foreach (var episode in child.CinDetails) WriteEpisode(xml, episode);
        xml.WriteEndElement();
    }

    private static void WriteEpisode(XmlWriter xml, CinDetails e)
    {
        xml.WriteStartElement("CINdetails");
        Date(xml, "CINreferralDate", e.CinReferralDate);
        Text(xml, "ReferralSource", e.ReferralSource);
        Text(xml, "PrimaryNeedCode", e.PrimaryNeedCode);
        Date(xml, "CINclosureDate", e.CinClosureDate);
        Text(xml, "ReasonForClosure", e.ReasonForClosure);
        Date(xml, "DateOfInitialCPC", e.DateOfInitialCpc);
        foreach (var a in e.Assessments)
        {
            xml.WriteStartElement("Assessments");
            Date(xml, "AssessmentActualStartDate", a.ActualStartDate);
            Date(xml, "AssessmentInternalReviewDate", a.InternalReviewDate);
            Date(xml, "AssessmentAuthorisationDate", a.AuthorisationDate);
            if (a.Factors.Count > 0)
            {
                xml.WriteStartElement("FactorsIdentifiedAtAssessment");
                foreach (var f in a.Factors) xml.WriteElementString("AssessmentFactors", f);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        foreach (var p in e.CinPlans)
        {
            xml.WriteStartElement("CINPlanDates");
            Date(xml, "CINPlanStartDate", p.StartDate);
            Date(xml, "CINPlanEndDate", p.EndDate);
            xml.WriteEndElement();
        }
        foreach (var s in e.Section47s)
        {
            xml.WriteStartElement("Section47");
            Date(xml, "S47ActualStartDate", s.ActualStartDate);
            Date(xml, "InitialCPCtarget", s.InitialCpcTarget);
            Date(xml, "DateOfInitialCPC", s.DateOfInitialCpc);
            xml.WriteElementString("ICPCnotRequired", YesNoText(s.IcpcNotRequiredText));
            xml.WriteEndElement();
        }
        xml.WriteElementString("ReferralNFA", YesNoText(e.ReferralNfaText));
        foreach (var c in e.ChildProtectionPlans)
        {
            xml.WriteStartElement("ChildProtectionPlans");
            Date(xml, "CPPstartDate", c.StartDate);
            Date(xml, "CPPendDate", c.EndDate);
            xml.WriteElementString("InitialCategoryOfAbuse", c.InitialCategoryOfAbuse ?? "");
            xml.WriteElementString("LatestCategoryOfAbuse", c.LatestCategoryOfAbuse ?? "");
            xml.WriteElementString("NumberOfPreviousCPP", c.NumberOfPreviousCpp?.ToString(CultureInfo.InvariantCulture) ?? "");
            if (c.ReviewDates.Count > 0)
            {
                xml.WriteStartElement("Reviews");
                foreach (var r in c.ReviewDates) xml.WriteElementString("CPPreviewDate", r is { } d ? Iso(d) : "");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    // Normalise true/false from older systems to the 0/1 the current XSD demands; keep anything else as written.
    private static string YesNoText(string? raw) => YesNo.Parse(raw) is { } b ? YesNo.Format(b) : raw ?? "";

    private static void Text(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) xml.WriteElementString(name, value);
    }

    private static void Date(XmlWriter xml, string name, DateOnly? value)
    {
        if (value is not { } d) return;
        // The same text as WriteElementString(name, Iso(d)), without a string for every date of every child.
        var text = IsoChars;
        if (!d.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture) || written != text.Length)
        {
            xml.WriteElementString(name, Iso(d));
            return;
        }
        xml.WriteStartElement(name);
        xml.WriteChars(text, 0, text.Length);
        xml.WriteEndElement();
    }

    // One per thread: files are written on several threads at once.
    [ThreadStatic]
    private static char[]? _isoChars;

    private static char[] IsoChars => _isoChars ??= new char[10];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
