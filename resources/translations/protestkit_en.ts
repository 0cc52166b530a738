<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CsvMappingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="35"/>
        <source>%1 has %n row(s). They will be added as signatures for the case “%2”, all of them or none. Check which column holds what.</source>
        <translation>
            <numerusform>%1 has %n row. They will be added as signatures for the case “%2”, all of them or none. Check which column holds what.</numerusform>
            <numerusform>%1 has %n rows. They will be added as signatures for the case “%2”, all of them or none. Check which column holds what.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/recipients_page.py" line="250"/>
        <source>%n chosen recipient(s) cannot get a complete letter yet:</source>
        <translation>
            <numerusform>%n chosen recipient cannot get a complete letter yet:</numerusform>
            <numerusform>%n chosen recipients cannot get a complete letter yet:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatureIO</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="66"/>
        <source>%n new signature(s) merged.</source>
        <translation>
            <numerusform>%n new signature merged.</numerusform>
            <numerusform>%n new signatures merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="73"/>
        <source>%n group(s) of signers look like the same person twice; check them in the list.</source>
        <translation>
            <numerusform>%n group of signers looks like the same person twice; check it in the list.</numerusform>
            <numerusform>%n groups of signers look like the same person twice; check them in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="129"/>
        <source>%n signature(s) imported.</source>
        <translation>
            <numerusform>%n signature imported.</numerusform>
            <numerusform>%n signatures imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="131"/>
        <source>%n contact(s) were left out: no column said the signer agreed to be contacted.</source>
        <translation>
            <numerusform>%n contact was left out: no column said the signer agreed to be contacted.</numerusform>
            <numerusform>%n contacts were left out: no column said the signer agreed to be contacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="176"/>
        <source>%n signer(s) written to %1. This file holds names in plain text: keep it off this laptop and delete it when done.</source>
        <translation>
            <numerusform>%n signer written to %1. This file holds names in plain text: keep it off this laptop and delete it when done.</numerusform>
            <numerusform>%n signers written to %1. This file holds names in plain text: keep it off this laptop and delete it when done.</numerusform>
        </translation>
    </message>
</context>
</TS>
