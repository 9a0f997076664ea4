using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Safeguard.Web.Performance;

/// <summary>
/// A minimal SpreadsheetML (Office Open XML) workbook written by hand: one worksheet per table, the header row in
/// bold, numbers as numbers and text as inline strings (no shared-strings part needed). Opens in Excel, LibreOffice
/// and Google Sheets; no package beyond System.IO.Compression.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static byte[] Write(IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
                Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
                Default(w, "xml", "application/xml");
                Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                for (var i = 1; i <= tables.Count; i++)
                    Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                w.WriteEndElement();
            });
            Part(zip, "_rels/.rels", w =>
            {
                w.WriteStartElement("Relationships", PkgRel);
                Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
                w.WriteEndElement();
            });
            Part(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", Main);
                w.WriteAttributeString("xmlns", "r", null, RelNs);
                w.WriteStartElement("sheets", Main);
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < tables.Count; i++)
                {
                    w.WriteStartElement("sheet", Main);
                    w.WriteAttributeString("name", SheetName(tables[i].Caption, i + 1, names));
                    w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
                w.WriteEndElement();
            });
            Part(zip, "xl/_rels/workbook.xml.rels", w =>
            {
                w.WriteStartElement("Relationships", PkgRel);
                for (var i = 1; i <= tables.Count; i++)
                    Relationship(w, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
                Relationship(w, $"rId{tables.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
                w.WriteEndElement();
            });
            Part(zip, "xl/styles.xml", Styles);
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                Part(zip, $"xl/worksheets/sheet{i + 1}.xml", w => Sheet(w, table));
            }
        }
        return stream.ToArray();
    }

    /// <summary>The column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    private static void Sheet(XmlWriter w, ReportTable table)
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetData", Main);
        Row(w, 1, table.Headers.Select(h => new ReportCell(h)).ToList(), bold: true);
        for (var r = 0; r < table.Rows.Count; r++) Row(w, r + 2, table.Rows[r], bold: false);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int number, IReadOnlyList<ReportCell> cells, bool bold)
    {
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", Column(c) + number.ToString(CultureInfo.InvariantCulture));
            if (bold) w.WriteAttributeString("s", "1");
            if (cell.Number is { } n && double.IsFinite(n))
            {
                w.WriteElementString("v", Main, n.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is", Main);
                w.WriteStartElement("t", Main);
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(XmlSafe(cell.Text));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Styles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "2");
        w.WriteStartElement("font", Main); w.WriteEndElement();
        w.WriteStartElement("font", Main); w.WriteStartElement("b", Main); w.WriteEndElement(); w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("fills", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("fill", Main); w.WriteStartElement("patternFill", Main); w.WriteAttributeString("patternType", "none"); w.WriteEndElement(); w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("borders", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", Main); w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", "2");
        w.WriteStartElement("xf", Main); w.WriteAttributeString("fontId", "0"); w.WriteEndElement();
        w.WriteStartElement("xf", Main); w.WriteAttributeString("fontId", "1"); w.WriteAttributeString("applyFont", "1"); w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique.</summary>
    private static string SheetName(string caption, int number, HashSet<string> used)
    {
        var name = new string([.. caption.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        if (name.Length > 31) name = name[..31].Trim();
        if (name.Length == 0 || !used.Add(name))
        {
            name = $"Table {number}";
            used.Add(name);
        }
        return name;
    }

    /// <summary>Characters XML 1.0 cannot hold are dropped.</summary>
    private static string XmlSafe(string text) => text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PkgRel);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }
}
