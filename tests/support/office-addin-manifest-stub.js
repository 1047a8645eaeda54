// office-addin-mock (v4) requires office-addin-manifest only for its OfficeApp enum; the real
// package pulls in usage-data and network code that jest does not need. Same values as the real enum.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
