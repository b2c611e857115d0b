<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AgreementEditorDialog</name>
    <message numerus="yes">
      <source>%n item(s) still missing (shown in red under the fields).</source>
      <translation>
        <numerusform>%n item still missing (shown in red under the fields).</numerusform>
        <numerusform>%n items still missing (shown in red under the fields).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ApplyJudicialDialog</name>
    <message numerus="yes">
      <source>Open: %n day(s) left</source>
      <translation>
        <numerusform>Open: %n day left</numerusform>
        <numerusform>Open: %n days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
      <source>The case file lacks %n item(s); add them before archiving:</source>
      <translation>
        <numerusform>The case file lacks %n item; add them before archiving:</numerusform>
        <numerusform>The case file lacks %n items; add them before archiving:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AuditHistoryDialog</name>
    <message numerus="yes">
      <source>%n change(s) recorded for case %1, newest first.</source>
      <translation>
        <numerusform>%n change recorded for case %1, newest first.</numerusform>
        <numerusform>%n changes recorded for case %1, newest first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message numerus="yes">
      <source>Ended %n day(s) after the deadline (due %1)</source>
      <translation>
        <numerusform>Ended %n day after the deadline (due %1)</numerusform>
        <numerusform>Ended %n days after the deadline (due %1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s) (due %1)</source>
      <translation>
        <numerusform>Overdue by %n day (due %1)</numerusform>
        <numerusform>Overdue by %n days (due %1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) left (due %1)</source>
      <translation>
        <numerusform>%n day left (due %1)</numerusform>
        <numerusform>%n days left (due %1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Open: %n day(s) left to apply (until %1)</source>
      <translation>
        <numerusform>Open: %n day left to apply (until %1)</numerusform>
        <numerusform>Open: %n days left to apply (until %1)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LedgerExport</name>
    <message numerus="yes">
      <source>Exported %n case(s) to %1.</source>
      <translation>
        <numerusform>Exported %n case to %1.</numerusform>
        <numerusform>Exported %n cases to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LedgerView</name>
    <message numerus="yes">
      <source>%n case(s) in total</source>
      <translation>
        <numerusform>%n case in total</numerusform>
        <numerusform>%n cases in total</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message numerus="yes">
      <source>Printing cancelled after %n page(s).</source>
      <translation>
        <numerusform>Printing cancelled after %n page.</numerusform>
        <numerusform>Printing cancelled after %n pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sent %n page(s) to the printer.</source>
      <translation>
        <numerusform>Sent %n page to the printer.</numerusform>
        <numerusform>Sent %n pages to the printer.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsView</name>
    <message numerus="yes">
      <source>%n referral(s)</source>
      <translation>
        <numerusform>%n referral</numerusform>
        <numerusform>%n referrals</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message numerus="yes">
      <source>%n in use</source>
      <translation>
        <numerusform>%n in use</numerusform>
        <numerusform>%n in use</numerusform>
      </translation>
    </message>
  </context>
</TS>