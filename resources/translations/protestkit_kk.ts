<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="26"/>
        <source>About Protest Kit</source>
        <translation>Protest Kit туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="29"/>
        <source>&lt;h2&gt;Protest Kit %1&lt;/h2&gt;&lt;p&gt;Protest letters, sealed signatures and print-ready petitions for solidarity campaigns.&lt;/p&gt;&lt;p&gt;Protest Kit never connects to the network. Signatures are sealed on this laptop the moment they are given; only the campaign passphrase opens them.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: DejaVu (free licence).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Protest Kit %1&lt;/h2&gt;&lt;p&gt;Ынтымақтастық науқандарына арналған наразылық хаттары, мөрленген қолтаңбалар және басып шығаруға дайын петициялар.&lt;/p&gt;&lt;p&gt;Protest Kit ешқашан желіге қосылмайды. Қолтаңбалар қойылған сәтте осы ноутбукте мөрленеді; оларды тек науқанның құпия фразасы ашады.&lt;/p&gt;&lt;p&gt;GNU GPL 3 немесе одан кейінгі нұсқасы бойынша еркін бағдарлама. Қаріптер: DejaVu (еркін лицензия).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37"/>
        <source>&amp;New Campaign from a Kit…</source>
        <translation>Жинақтан &amp;жаңа науқан…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38"/>
        <source>&amp;Open Campaign…</source>
        <translation>Науқанды &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>&amp;Import Kit…</source>
        <translation>Жинақты &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>&amp;Merge Signatures From…</source>
        <translation>Қолтаңбаларды &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="41"/>
        <source>&amp;Export Petition…</source>
        <translation>Петицияны &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <source>&amp;Lock Now</source>
        <translation>Қазір &amp;құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="47"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="48"/>
        <source>&amp;About Protest Kit</source>
        <translation>Protest Kit &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49"/>
        <source>Short &amp;Guide</source>
        <translation>Қысқаша &amp;нұсқаулық</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="68"/>
        <source>Something went wrong inside Protest Kit (%1). Your campaign file is safe: every change was saved as you made it. If this happens again, close and reopen the app.</source>
        <translation>Protest Kit ішінде қате шықты (%1). Науқан файлы аман: әр өзгеріс жасалған бойда сақталды. Егер бұл қайталанса, бағдарламаны жауып, қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="65"/>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="67"/>
        <source>Title (%1)</source>
        <translation>Тақырыбы (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="70"/>
        <source>People (one per line, name — role):</source>
        <translation>Адамдар (әр жолда біреу: аты — рөлі):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="72"/>
        <source>People (%1)</source>
        <translation>Адамдар (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="75"/>
        <source>Summary:</source>
        <translation>Істің мәні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="77"/>
        <source>Summary (%1)</source>
        <translation>Істің мәні (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="80"/>
        <source>Timeline (YYYY-MM-DD what happened):</source>
        <translation>Хронология (ЖЖЖЖ-АА-КК не болды):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="82"/>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="85"/>
        <source>Charges (one per line):</source>
        <translation>Айыптар (әр жолда біреу):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="87"/>
        <source>Charges (%1)</source>
        <translation>Айыптар (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="90"/>
        <source>Demands (one per line):</source>
        <translation>Талаптар (әр жолда біреу):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="92"/>
        <source>Demands (%1)</source>
        <translation>Талаптар (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="95"/>
        <source>Petition statement:</source>
        <translation>Петиция мәтіні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="97"/>
        <source>Petition statement (%1)</source>
        <translation>Петиция мәтіні (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="123"/>
        <source>Edit case</source>
        <translation>Істі өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="123"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="127"/>
        <source>Case id</source>
        <translation>Іс идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="128"/>
        <source>e.g. almaty-2010</source>
        <translation>мысалы, almaty-2010</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="132"/>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="305"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="133"/>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="135"/>
        <source>The case has a deadline</source>
        <translation>Істің мерзімі бар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="138"/>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="306"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="145"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="162"/>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="163"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="257"/>
        <source>Timeline (%1): “%2” does not start with a date YYYY-MM-DD.</source>
        <translation>Хронология (%1): «%2» жолы ЖЖЖЖ-АА-КК күнінен басталмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="288"/>
        <source>Title: write it in at least one language.</source>
        <translation>Тақырыбы: кемінде бір тілде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="291"/>
        <source>Id: another case already uses “%1”.</source>
        <translation>Идентификатор: «%1» басқа іске берілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="304"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="307"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="308"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="309"/>
        <source>Summary</source>
        <translation>Істің мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="310"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="311"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="312"/>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="313"/>
        <source>Petition statement</source>
        <translation>Петиция мәтіні</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="135"/>
        <source>Choose case</source>
        <translation>Істі таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="149"/>
        <source>Case: who is persecuted, and what we demand</source>
        <translation>Іс: кім қудаланып жатыр және біз не талап етеміз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="150"/>
        <source>Cases in the kit</source>
        <translation>Жинақтағы істер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="151"/>
        <source>Case details</source>
        <translation>Іс туралы толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="152"/>
        <location filename="../../desktop/ui/pages/case_page.py" line="153"/>
        <source>Campaign for this case</source>
        <translation>Осы іс бойынша науқан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="154"/>
        <source>Add case…</source>
        <translation>Іс қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="155"/>
        <source>Add a case</source>
        <translation>Іс қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="156"/>
        <source>Edit case…</source>
        <translation>Істі өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="157"/>
        <source>Edit the selected case</source>
        <translation>Таңдалған істі өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="193"/>
        <source>Add case</source>
        <translation>Іс қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="204"/>
        <source>Edit case</source>
        <translation>Істі өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="214"/>
        <source>No case chosen yet.</source>
        <translation>Іс әлі таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="217"/>
        <source>The campaign is for: %1</source>
        <translation>Науқан осы іс бойынша: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="245"/>
        <source>detained</source>
        <translation>ұсталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="246"/>
        <source>charged</source>
        <translation>айып тағылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="247"/>
        <source>sentenced</source>
        <translation>сотталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="248"/>
        <source>at risk</source>
        <translation>қауіп төнген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="249"/>
        <source>released</source>
        <translation>босатылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="254"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="255"/>
        <source>Summary</source>
        <translation>Істің мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="256"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="257"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="258"/>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="264"/>
        <source>Reference: %1</source>
        <translation>Нөмірі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="267"/>
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="31"/>
        <source>Import signatures from CSV</source>
        <translation>Қолтаңбаларды CSV-ден импорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="35"/>
        <source>%1 has %n row(s). They will be added as signatures for the case “%2”, all of them or none. Check which column holds what.</source>
        <translation>
            <numerusform>%1 файлында %n жол бар. Олар «%2» ісі бойынша қолтаңба ретінде қосылады — бәрі немесе ешқайсысы. Қай бағанда не жазылғанын тексеріңіз.</numerusform>
            <numerusform>%1 файлында %n жол бар. Олар «%2» ісі бойынша қолтаңба ретінде қосылады — бәрі немесе ешқайсысы. Қай бағанда не жазылғанын тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="45"/>
        <source>Full &amp;name (required):</source>
        <translation>&amp;Аты-жөні (міндетті):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="46"/>
        <source>&amp;Town:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="47"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="48"/>
        <source>&amp;Organisation or role:</source>
        <translation>&amp;Ұйым немесе рөл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="49"/>
        <source>Do not &amp;print the name (yes/no):</source>
        <translation>Атын &amp;баспау (иә/жоқ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="50"/>
        <source>&amp;Date signed:</source>
        <translation>Қол қойылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="58"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="67"/>
        <source>The first rows of the file</source>
        <translation>Файлдың алғашқы жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="78"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="52"/>
        <source>Recipients to export for</source>
        <translation>Экспортталатын адресаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="55"/>
        <source>Recipients</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="60"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="61"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="62"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="66"/>
        <source>Signature sheet orientation</source>
        <translation>Қол қою парақтарының бағдары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="67"/>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="68"/>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="70"/>
        <location filename="../../desktop/ui/pages/export_options.py" line="72"/>
        <source>One PDF for all recipients</source>
        <translation>Барлық адресатқа бір PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="73"/>
        <location filename="../../desktop/ui/pages/export_options.py" line="75"/>
        <source>One PDF per recipient</source>
        <translation>Әр адресатқа жеке PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="79"/>
        <source>Save the PDFs in this folder</source>
        <translation>PDF файлдарын осы қалтаға сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="81"/>
        <source>Ch&amp;oose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="83"/>
        <source>Choose the folder</source>
        <translation>Қалтаны таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="89"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="90"/>
        <source>&amp;Signature sheets:</source>
        <translation>Қол қою &amp;парақтары:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="91"/>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="93"/>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="94"/>
        <source>Paper and files</source>
        <translation>Қағаз және файлдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="99"/>
        <source>Problems found before printing</source>
        <translation>Басып шығару алдында табылған кемшіліктер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="103"/>
        <source>Before printing</source>
        <translation>Басып шығару алдында</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="181"/>
        <source>No problems found.</source>
        <translation>Кемшіліктер табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="205"/>
        <source>%1 (copy)</source>
        <translation>%1 (көшірме)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="30"/>
        <source>Export with problems?</source>
        <translation>Кемшіліктерімен экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="32"/>
        <source>The petition would print with these problems:</source>
        <translation>Петиция мына кемшіліктермен басылады:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="38"/>
        <source>Export anyway</source>
        <translation>Бәрібір экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="57"/>
        <source>Choose where to save the PDFs</source>
        <translation>PDF файлдарын қайда сақтауды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="93"/>
        <source>Export the petition</source>
        <translation>Петицияны экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="96"/>
        <location filename="../../desktop/ui/pages/export_page.py" line="246"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="98"/>
        <source>Cancel the export</source>
        <translation>Экспорттан бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="106"/>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="128"/>
        <source>The exported PDF appears here.</source>
        <translation>Экспортталған PDF осында көрінеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="133"/>
        <source>Print the exported PDF</source>
        <translation>Экспортталған PDF-ті басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="137"/>
        <source>Open the folder of the PDF</source>
        <translation>PDF тұрған қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="219"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="240"/>
        <source>Export the petition first, then print it.</source>
        <translation>Алдымен петицияны экспорттап, содан кейін басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="246"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="258"/>
        <source>Pages sent to the printer: %1.</source>
        <translation>Принтерге жіберілген беттер: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="455"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="458"/>
        <source>Saved in %1: one PDF per recipient (%2 files).</source>
        <translation>%1 ішіне сақталды: әр адресатқа жеке PDF (файлдар саны: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="515"/>
        <source>%1 and %2 more</source>
        <translation>%1 және тағы %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="268"/>
        <source>The folder could not be opened. It is: %1</source>
        <translation>Қалтаны ашу мүмкін болмады. Оның орны: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="91"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="131"/>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="135"/>
        <source>Open containing fol&amp;der</source>
        <translation>Файл тұрған &amp;қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="281"/>
        <source>Open a campaign first.</source>
        <translation>Алдымен науқанды ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="285"/>
        <source>Tick at least one recipient to export for.</source>
        <translation>Экспорт үшін кемінде бір адресатты белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="292"/>
        <source>Export not started: fix the problems listed, or export anyway.</source>
        <translation>Экспорт басталмады: аталған кемшіліктерді түзетіңіз немесе бәрібір экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="298"/>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation>%1 қалтасы жоқ. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="310"/>
        <source>Export not started: the petition prints the signers&apos; names, so it needs the campaign&apos;s passphrase.</source>
        <translation>Экспорт басталмады: петицияда қол қоюшылардың аттары басылады, сондықтан науқанның құпия фразасы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="410"/>
        <source>The campaign is locked. The petition prints every signer&apos;s name, so Export will ask for the passphrase first.</source>
        <translation>Науқан құлыпталған. Петицияда әр қол қоюшының аты басылады, сондықтан экспорт алдымен құпия фразаны сұрайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="426"/>
        <source>Change the paper</source>
        <translation>Қағазды өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="437"/>
        <source>Reading signatures: %v of %m</source>
        <translation>Қолтаңбалар оқылуда: %m ішінен %v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="438"/>
        <source>Drawing pages: %v of %m</source>
        <translation>Беттер дайындалуда: %m ішінен %v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="452"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="487"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт тоқтатылды. Бірде-бір файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="506"/>
        <source>Export to see the petition here before printing.</source>
        <translation>Басып шығару алдында петицияны осында көру үшін экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="507"/>
        <source>No export yet.</source>
        <translation>Әзірге экспорт жасалмаған.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="35"/>
        <source>%1: no postal address (the envelope block stays empty)</source>
        <translation>%1: пошта мекенжайы жоқ (мекенжай бөлімі бос қалады)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="38"/>
        <source>%1: no salutation in %2 (the letter starts without a greeting)</source>
        <translation>%1: %2 тілінде қаратпа сөз жоқ (хат қаратпа сөзсіз басталады)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="41"/>
        <source>%1: the letter in %2 has no text</source>
        <translation>%1: %2 тіліндегі хатта мәтін жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="44"/>
        <source>The case has no petition statement for people to sign.</source>
        <translation>Істе адамдар қол қоятын петиция мәтіні жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="47"/>
        <source>No recipients are chosen.</source>
        <translation>Адресаттар таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="61"/>
        <source>This laptop holds no key to read the signatures (a volunteer file or street mode). Export on the organiser&apos;s laptop, or import the key first.</source>
        <translation>Бұл ноутбукте қолтаңбаларды оқитын кілт жоқ (еріктінің файлы немесе көше режимі). Ұйымдастырушының ноутбугінде экспорттаңыз немесе алдымен кілтті импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="67"/>
        <source>The campaign was locked during the export. Unlock it and export again.</source>
        <translation>Экспорт кезінде науқан құлыпталды. Құлпын ашып, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="71"/>
        <source>The disk is full. Free some space and export again.</source>
        <translation>Диск толы. Орын босатып, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="75"/>
        <source>The campaign file is damaged: %1</source>
        <translation>Науқан файлы зақымдалған: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="79"/>
        <source>The export could not be made: %1</source>
        <translation>Экспорт жасалмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="83"/>
        <source>The PDF could not be written there (no permission). Choose another folder.</source>
        <translation>PDF-ті онда жазу мүмкін болмады (рұқсат жоқ). Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="89"/>
        <source>The PDF could not be written: %1. Choose another folder.</source>
        <translation>PDF жазылмады: %1. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="93"/>
        <source>Something went wrong while exporting (%1). No file was written.</source>
        <translation>Экспорт кезінде қате шықты (%1). Бірде-бір файл жазылмады.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="64"/>
        <source>Short guide</source>
        <translation>Қысқаша нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="68"/>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="89"/>
        <source>&lt;h3&gt;From a kit to a printed pack&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open a campaign.&lt;/b&gt; Start with the sample campaign, or create one from the kit file you were given (File &amp;gt; New). Choose a passphrase of several words: it protects the signers&apos; names and cannot be recovered.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case.&lt;/b&gt; Pick the case you campaign for, or add your own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recipients.&lt;/b&gt; Tick who gets the letter and who gets a copy. A warning shows when an address or salutation is missing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Letter.&lt;/b&gt; Edit the letter in each language. Placeholders such as the recipient&apos;s name are filled in for each recipient.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Signatures.&lt;/b&gt; Start the signing station at the picket. People sign on the laptop; each signature is sealed at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export.&lt;/b&gt; Make one PDF pack per recipient and print it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lock&lt;/b&gt; (Ctrl+L) whenever you step away. The campaign also locks itself after some idle minutes (Settings).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Жинақтан басылған пакетке дейін&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Науқанды ашыңыз.&lt;/b&gt; Үлгі науқаннан бастаңыз немесе берілген жинақ файлынан науқан жасаңыз (Файл &amp;gt; Жаңа). Бірнеше сөзден тұратын құпия фраза таңдаңыз: ол қол қоюшылардың аттарын қорғайды және оны қалпына келтіру мүмкін емес.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Іс.&lt;/b&gt; Науқан арналған істі таңдаңыз немесе өз ісіңізді қосыңыз.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Адресаттар.&lt;/b&gt; Хат кімге, көшірме кімге баратынын белгілеңіз. Мекенжай немесе қаратпа сөз жетіспесе, ескерту шығады.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Хат.&lt;/b&gt; Хатты әр тілде өңдеңіз. Адресаттың аты сияқты толтырғыштар әр адресат үшін толтырылады.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Қолтаңбалар.&lt;/b&gt; Пикетте қол қою бекетін іске қосыңыз. Адамдар ноутбукте қол қояды; әр қолтаңба бірден мөрленеді.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Экспорт.&lt;/b&gt; Әр адресатқа бір PDF пакет жасап, басып шығарыңыз.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Орныңыздан кеткен сайын &lt;b&gt;құлыптаңыз&lt;/b&gt; (Ctrl+L). Науқан бірнеше минут әрекетсіз тұрса, өзі де құлыпталады (Баптаулар).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="107"/>
        <source>&lt;p&gt;&lt;b&gt;Recovery code.&lt;/b&gt; Once the campaign is unlocked, use Signatures &amp;gt; Save recovery code and keep the code on paper, away from the laptop. It is the only way back in if the passphrase is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Қалпына келтіру коды.&lt;/b&gt; Науқанның құлпын ашқан соң «Қолтаңбалар» &amp;gt; «Қалпына келтіру кодын сақтау» түймесін басып, кодты қағазда, ноутбуктен алыс сақтаңыз. Құпия фраза жоғалса, қайта кірудің жалғыз жолы — осы.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LanguageDelegate</name>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="39"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="101"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="102"/>
        <source>Which language&apos;s letter you are editing</source>
        <translation>Қай тілдегі хатты өңдеп жатырсыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="111"/>
        <source>&amp;Insert placeholder</source>
        <translation>То&amp;лтырғыш қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="112"/>
        <source>Insert placeholder</source>
        <translation>Толтырғыш қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="114"/>
        <source>Placeholders are filled in for each recipient when the letter is printed.</source>
        <translation>Хат басылғанда толтырғыштар әр адресат үшін толтырылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="141"/>
        <source>&amp;Subject:</source>
        <translation>Тақ&amp;ырыбы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="142"/>
        <source>&amp;Body:</source>
        <translation>&amp;Мәтіні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="143"/>
        <source>C&amp;losing:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="144"/>
        <source>Se&amp;nder:</source>
        <translation>&amp;Жіберуші:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="147"/>
        <source>Letter subject</source>
        <translation>Хаттың тақырыбы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="148"/>
        <source>Letter body</source>
        <translation>Хаттың мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="149"/>
        <source>Letter closing</source>
        <translation>Хаттың қорытындысы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="150"/>
        <source>Sender block</source>
        <translation>Жіберуші туралы бөлім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="182"/>
        <source>Problems in the letter</source>
        <translation>Хаттағы қателер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="352"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, %2-жол, %3-баған: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="277"/>
        <source>Open a campaign to write its letter.</source>
        <translation>Хатын жазу үшін науқанды ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="284"/>
        <source>Letter for the case: %1</source>
        <translation>Іс бойынша хат: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="327"/>
        <source>Edit the letter (%1)</source>
        <translation>Хатты өңдеу (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="335"/>
        <source>%1 is not saved: %2</source>
        <translation>%1 сақталмады: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="344"/>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="345"/>
        <source>Body</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="346"/>
        <source>Closing</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="347"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
</context>
<context>
    <name>LetterPreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="89"/>
        <source>Preview the letter for</source>
        <translation>Хатты алдын ала қарау:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="95"/>
        <source>Pre&amp;view for:</source>
        <translation>&amp;Кімге арналған:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="161"/>
        <source>The preview updates when you pause typing.</source>
        <translation>Теруді тоқтатқанда алдын ала қарау жаңарады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="190"/>
        <source>%1 (not chosen)</source>
        <translation>%1 (таңдалмаған)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="204"/>
        <source>no postal address</source>
        <translation>пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="205"/>
        <source>no salutation in this language</source>
        <translation>бұл тілде қаратпа сөз жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="209"/>
        <source>This recipient has %1; add it on the Recipients page.</source>
        <translation>Бұл адресатта: %1; оны «Адресаттар» бетінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="210"/>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="237"/>
        <source>Open a campaign to see its letter here.</source>
        <translation>Хатын осында көру үшін науқанды ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="239"/>
        <source>Choose a recipient to see the letter as it will print.</source>
        <translation>Хаттың басылғандағы түрін көру үшін адресатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="244"/>
        <source>Updating the preview…</source>
        <translation>Алдын ала қарау жаңартылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="252"/>
        <source>Pages in the preview: %1</source>
        <translation>Алдын ала қараудағы беттер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="256"/>
        <source>The preview could not be made: %1</source>
        <translation>Алдын ала қарауды жасау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="125"/>
        <source>That passphrase does not open this campaign. Check the keyboard layout.</source>
        <translation>Бұл құпия фраза науқанды ашпайды. Пернетақта тілін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="131"/>
        <source>Cannot unlock</source>
        <translation>Құлыпты ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="132"/>
        <source>The campaign could not be unlocked: %1</source>
        <translation>Науқанның құлпын ашу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>Recipients</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Locked after idle time. Unlock to see signers.</source>
        <translation>Әрекетсіздіктен құлыпталды. Қол қоюшыларды көру үшін құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296"/>
        <source>No recent campaigns</source>
        <translation>Соңғы науқандар жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>This case has no petition text yet; add one on the Case page.</source>
        <translation>Бұл істің әзірге петиция мәтіні жоқ; оны «Іс» бетінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>No campaign open</source>
        <translation>Науқан ашылмаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n қолтаңба</numerusform>
            <numerusform>%n қолтаңба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Unlocked</source>
        <translation>Құлпы ашық</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="41"/>
        <source>Keep your changes?</source>
        <translation>Өзгерістер сақталсын ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="43"/>
        <source>You changed “%1” since it was opened.</source>
        <translation>Сіз «%1» науқанын ашқаннан кейін өзгерттіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="46"/>
        <source>Keep the changes, or undo all of them before closing?</source>
        <translation>Өзгерістерді қалдыру керек пе, әлде жабу алдында бәрін болдырмау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="49"/>
        <source>Keep changes</source>
        <translation>Өзгерістерді қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="52"/>
        <source>Undo changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="70"/>
        <source>Open campaign</source>
        <translation>Науқанды ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="72"/>
        <source>Protest Kit campaigns (*.protestkit);;All files (*)</source>
        <translation>Protest Kit науқандары (*.protestkit);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="81"/>
        <source>Choose a kit</source>
        <translation>Жинақты таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="83"/>
        <source>Protest Kit kits (*.kit.json *.json);;All files (*)</source>
        <translation>Protest Kit жинақтары (*.kit.json *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="92"/>
        <source>Save the new campaign as</source>
        <translation>Жаңа науқанды былай сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="94"/>
        <source>Protest Kit campaigns (*.protestkit)</source>
        <translation>Protest Kit науқандары (*.protestkit)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="36"/>
        <source>Choose a passphrase</source>
        <translation>Құпия фраза таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;This passphrase protects the names of everyone who signs.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Signatures are sealed as soon as they are given. Only this passphrase opens them again, to read the list of signers or print the petition with names. Opening the campaign, writing letters and counting signatures do not need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It cannot be recovered.&lt;/b&gt; If you forget it, nobody can read the signatures, not even the authors of Protest Kit, unless you kept the campaign&apos;s recovery code. Choose several words you will remember and others will not guess, and never write it on the laptop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Бұл құпия фраза қол қойғандардың бәрінің атын қорғайды.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Қолтаңбалар қойылған бойда мөрленеді. Оларды қайта тек осы құпия фраза ашады — қол қоюшылар тізімін оқу немесе петицияны аттарымен басып шығару үшін. Науқанды ашуға, хат жазуға және қолтаңбаларды санауға ол қажет емес.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Оны қалпына келтіру мүмкін емес.&lt;/b&gt; Егер оны ұмытсаңыз, науқанның қалпына келтіру кодын сақтамаған болсаңыз, қолтаңбаларды ешкім, тіпті Protest Kit авторлары да оқи алмайды. Өзіңіз есте сақтайтын, ал басқалар таба алмайтын бірнеше сөз таңдаңыз және оны ешқашан ноутбукке жазбаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="53"/>
        <source>&lt;p&gt;Campaign: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Науқан: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="62"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="66"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="67"/>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="69"/>
        <source>Show the passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="74"/>
        <source>Passphrase strength</source>
        <translation>Құпия фразаның беріктігі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="80"/>
        <source>&amp;Repeat it:</source>
        <translation>Қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="82"/>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="87"/>
        <source>Create campaign</source>
        <translation>Науқан жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="126"/>
        <source>Type a passphrase of several words.</source>
        <translation>Бірнеше сөзден тұратын құпия фраза енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="127"/>
        <source>Too short: use at least 10 characters, better four words.</source>
        <translation>Тым қысқа: кемінде 10 таңба, ал жақсысы — төрт сөз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="128"/>
        <source>Too common: this is among the first passphrases anyone tries.</source>
        <translation>Тым кең таралған: мұндай құпия фразаны ең алдымен тексереді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="129"/>
        <source>Too simple: the same characters repeated.</source>
        <translation>Тым қарапайым: бірдей таңбалар қайталанады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="130"/>
        <source>Too simple: a keyboard or alphabet sequence.</source>
        <translation>Тым қарапайым: бұл пернетақта немесе әліпби тізбегі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="131"/>
        <source>Weak: only one kind of character. Add more words.</source>
        <translation>Әлсіз: таңбалардың бір түрі ғана. Тағы сөз қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="132"/>
        <source>Weak: the words are too short. Use longer words.</source>
        <translation>Әлсіз: сөздер тым қысқа. Ұзынырақ сөздер алыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="133"/>
        <source>Fair: acceptable. A few more words would make it strong.</source>
        <translation>Орташа: жарайды. Тағы бірнеше сөз оны берік етеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="134"/>
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="138"/>
        <source>Too weak: use four or more words, or a long sentence.</source>
        <translation>Тым әлсіз: төрт не одан көп сөз немесе ұзын сөйлем алыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="141"/>
        <source>The two fields do not match yet.</source>
        <translation>Екі өріс әзірге сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop/ui/opening.py" line="66"/>
        <source>The sample kit could not be read: %1</source>
        <translation>Үлгі жинақты оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="82"/>
        <source>This campaign cannot be opened: %1</source>
        <translation>Бұл науқанды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="98"/>
        <source>This kit cannot be used: %1</source>
        <translation>Бұл жинақты пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="107"/>
        <source>File exists</source>
        <translation>Файл бар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="108"/>
        <source>%1 already exists. Choose another name: a campaign is never overwritten.</source>
        <translation>%1 бұрыннан бар. Басқа ат таңдаңыз: науқан ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="131"/>
        <source>The campaign could not be created: %1</source>
        <translation>Науқанды жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="151"/>
        <source>This kit cannot be imported: %1</source>
        <translation>Бұл жинақты импорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="153"/>
        <source>Import kit</source>
        <translation>Жинақты импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="168"/>
        <source>Protest Kit</source>
        <translation>Protest Kit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="179"/>
        <source>%1, line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="183"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, %2-жол, %3-баған</translation>
    </message>
</context>
<context>
    <name>PaperTallyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="29"/>
        <source>Count a paper sheet</source>
        <translation>Қағаз парағын санау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="36"/>
        <source>Type the number printed on the sheet and how many people signed it. The names stay on paper; only the count is kept here. Counting a sheet again replaces its earlier count.</source>
        <translation>Парақта басылған нөмірді және оған қанша адам қол қойғанын енгізіңіз. Аттар қағазда қалады, мұнда тек сан сақталады. Парақты қайта санау бұрынғы санды ауыстырады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="44"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="114"/>
        <source>Sheet number</source>
        <translation>Парақ нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="45"/>
        <source>e.g. 12</source>
        <translation>мысалы, 12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="48"/>
        <source>Signatures on the sheet</source>
        <translation>Парақтағы қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="52"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="115"/>
        <source>Town</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="55"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="116"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="61"/>
        <source>Sheet &amp;number:</source>
        <translation>Парақ &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="62"/>
        <source>&amp;Signatures on it:</source>
        <translation>Ондағы &amp;қолтаңбалар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="63"/>
        <source>&amp;Town:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="64"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="95"/>
        <source>Sheet %1 was counted before; OK replaces that count.</source>
        <translation>%1 парағы бұрын саналған; «OK» бұрынғы санды ауыстырады.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="47"/>
        <source>PDF preview</source>
        <translation>PDF алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="75"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="177"/>
        <source>Nothing to preview yet.</source>
        <translation>Әзірге көрсететін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="83"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="84"/>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="89"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="90"/>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="94"/>
        <source>Page number</source>
        <translation>Бет нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="102"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="186"/>
        <source>This PDF could not be shown.</source>
        <translation>Бұл PDF көрсетілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="199"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="226"/>
        <source>unknown placeholder {%1}; choose one from Insert placeholder</source>
        <translation>белгісіз толтырғыш {%1}; оны «Толтырғыш қою» мәзірінен таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="229"/>
        <source>a lone brace; write {{ or }} to print a brace</source>
        <translation>жалғыз жүйелі жақша; жақшаны басу үшін {{ немесе }} деп жазыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="237"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="247"/>
        <source>How the letter greets the recipient, in the letter&apos;s language.</source>
        <translation>Хат тіліндегі адресатқа арналған қаратпа сөз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="250"/>
        <source>The recipient&apos;s name.</source>
        <translation>Адресаттың аты.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="251"/>
        <source>The recipient&apos;s position.</source>
        <translation>Адресаттың лауазымы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="254"/>
        <source>The recipient&apos;s organisation.</source>
        <translation>Адресаттың ұйымы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="257"/>
        <source>The case title.</source>
        <translation>Істің тақырыбы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="258"/>
        <source>The people concerned, with their roles.</source>
        <translation>Іске қатысты адамдар, рөлдерімен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="261"/>
        <source>The case summary.</source>
        <translation>Істің мәні.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="262"/>
        <source>The charges, one per line.</source>
        <translation>Айыптар, әр жолда біреу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="263"/>
        <source>The demands, one per line.</source>
        <translation>Талаптар, әр жолда біреу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="264"/>
        <source>The case reference, e.g. UA 12/10.</source>
        <translation>Істің нөмірі, мысалы UA 12/10.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="267"/>
        <source>The deadline, as a date in the letter&apos;s language.</source>
        <translation>Хат тіліндегі күн түріндегі мерзім.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="270"/>
        <source>How many people have signed, as a number in the letter&apos;s language.</source>
        <translation>Қанша адам қол қойғаны, хат тіліндегі сан түрінде.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="273"/>
        <source>Today&apos;s date in the letter&apos;s language.</source>
        <translation>Хат тіліндегі бүгінгі күн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="276"/>
        <source>The town printed beside the date.</source>
        <translation>Күннің жанында басылатын қала.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="277"/>
        <source>The sending organisation.</source>
        <translation>Жіберуші ұйым.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="280"/>
        <source>Who signs the letter.</source>
        <translation>Хатқа кім қол қояды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="290"/>
        <source>Salutation</source>
        <translation>Қаратпа сөз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="291"/>
        <source>Recipient&apos;s name</source>
        <translation>Адресаттың аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="292"/>
        <source>Recipient&apos;s position</source>
        <translation>Адресаттың лауазымы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="293"/>
        <source>Recipient&apos;s organisation</source>
        <translation>Адресаттың ұйымы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="296"/>
        <source>Case title</source>
        <translation>Іс тақырыбы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="297"/>
        <source>People concerned</source>
        <translation>Іске қатысты адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="298"/>
        <source>Case summary</source>
        <translation>Істің мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="299"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="300"/>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="301"/>
        <source>Case reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="302"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="303"/>
        <source>Number of signatures</source>
        <translation>Қолтаңбалар саны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="304"/>
        <source>Today&apos;s date</source>
        <translation>Бүгінгі күн</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="305"/>
        <source>Town beside the date</source>
        <translation>Күннің жанындағы қала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="306"/>
        <source>Sending organisation</source>
        <translation>Жіберуші ұйым</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="307"/>
        <source>Who signs</source>
        <translation>Кім қол қояды</translation>
    </message>
</context>
<context>
    <name>RecipientEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="41"/>
        <source>e.g. Dear Prosecutor General,</source>
        <translation>мысалы, Құрметті Бас прокурор мырза!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="47"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="49"/>
        <source>Name (%1)</source>
        <translation>Аты (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="53"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="55"/>
        <source>Position (%1)</source>
        <translation>Лауазымы (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="59"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="61"/>
        <source>Organisation (%1)</source>
        <translation>Ұйым (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="65"/>
        <source>Salutation:</source>
        <translation>Қаратпа сөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="67"/>
        <source>Salutation (%1)</source>
        <translation>Қаратпа сөз (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="87"/>
        <source>Edit recipient</source>
        <translation>Адресатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="87"/>
        <source>New recipient</source>
        <translation>Жаңа адресат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="91"/>
        <source>Recipient id</source>
        <translation>Адресат идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="92"/>
        <source>e.g. prosecutor-general</source>
        <translation>мысалы, prosecutor-general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="96"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="97"/>
        <source>Target (the letter is addressed to them)</source>
        <translation>Адресат (хат соған жолданады)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="98"/>
        <source>Copy (receives a copy)</source>
        <translation>Көшірме (көшірмесін алады)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="101"/>
        <source>Preferred language</source>
        <translation>Қалаулы тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="106"/>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="208"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="109"/>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="207"/>
        <source>Postal address</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="111"/>
        <source>One line per row; leave empty if unknown.</source>
        <translation>Әр жолда мекенжайдың бір жолы; белгісіз болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="115"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="131"/>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="132"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="133"/>
        <source>Preferred &amp;language:</source>
        <translation>Қалаулы &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="134"/>
        <source>&amp;Country:</source>
        <translation>&amp;Елі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="135"/>
        <source>Postal &amp;address:</source>
        <translation>Пошта &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="203"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="204"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="205"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="206"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="209"/>
        <source>Salutation</source>
        <translation>Қаратпа сөз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="210"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="217"/>
        <source>Name: write it in at least one language.</source>
        <translation>Аты: кемінде бір тілде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="220"/>
        <source>Id: another recipient already uses “%1”.</source>
        <translation>Идентификатор: «%1» басқа адресатқа берілген.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="46"/>
        <source>No address and no salutation</source>
        <translation>Мекенжай да, қаратпа сөз де жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="48"/>
        <source>No postal address</source>
        <translation>Пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="50"/>
        <source>No salutation in %1</source>
        <translation>%1 тілінде қаратпа сөз жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="86"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="87"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="88"/>
        <source>Missing</source>
        <translation>Жетіспейді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="119"/>
        <source>Letter language: %1</source>
        <translation>Хат тілі: %1</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="143"/>
        <source>Choose recipient</source>
        <translation>Адресатты таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="143"/>
        <source>Drop recipient</source>
        <translation>Адресатты алып тастау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="153"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="185"/>
        <source>Recipients: who gets the letter</source>
        <translation>Адресаттар: хат кімге барады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="188"/>
        <source>Tick the authorities the letter is addressed to, and those who get a copy. Double-click a language to write that recipient&apos;s letter in another one.</source>
        <translation>Хат жолданатын билік органдарын және көшірме алатындарды белгілеңіз. Адресатқа хатты басқа тілде жазу үшін тілді екі рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="192"/>
        <source>&amp;Letter goes to:</source>
        <translation>&amp;Хатты алатындар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="193"/>
        <source>&amp;Copies go to:</source>
        <translation>&amp;Көшірмесін алатындар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="194"/>
        <source>Recipients of the letter</source>
        <translation>Хат адресаттары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="195"/>
        <source>Recipients of copies</source>
        <translation>Көшірме алушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="196"/>
        <source>Add recipient…</source>
        <translation>Адресат қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="197"/>
        <source>Add a recipient</source>
        <translation>Адресат қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="198"/>
        <source>Edit recipient…</source>
        <translation>Адресатты өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="199"/>
        <source>Edit the selected recipient</source>
        <translation>Таңдалған адресатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="200"/>
        <source>Warnings about chosen recipients</source>
        <translation>Таңдалған адресаттар туралы ескертулер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="229"/>
        <source>Add recipient</source>
        <translation>Адресат қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="240"/>
        <source>Edit recipient</source>
        <translation>Адресатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="246"/>
        <source>No recipient is ticked yet.</source>
        <translation>Әзірге бірде-бір адресат белгіленбеген.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/recipients_page.py" line="250"/>
        <source>%n chosen recipient(s) cannot get a complete letter yet:</source>
        <translation>
            <numerusform>Таңдалған %n адресат әзірге толық хат ала алмайды:</numerusform>
            <numerusform>Таңдалған %n адресат әзірге толық хат ала алмайды:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="26"/>
        <source>Start the signing station</source>
        <translation>Қол қою бекетін іске қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="30"/>
        <source>The station fills the screen so passers-by can sign. Choose a PIN of %1 to %2 digits: nobody can leave the station without it. The PIN is kept in memory only until the station closes. Starting the station also locks the campaign, so no signer&apos;s name can be read on this laptop.</source>
        <translation>Өтіп бара жатқандар қол қоя алуы үшін бекет бүкіл экранды алады. %1–%2 цифрдан тұратын PIN-код таңдаңыз: онсыз бекеттен ешкім шыға алмайды. PIN-код бекет жабылғанша ғана жадта сақталады. Бекетті іске қосқанда науқан да құлыпталады, сондықтан бұл ноутбукте қол қоюшылардың ешбір атын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="43"/>
        <source>Case: %1</source>
        <translation>Іс: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="49"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="49"/>
        <source>Repeat the PIN</source>
        <translation>PIN-кодты қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="58"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="59"/>
        <source>&amp;Repeat it:</source>
        <translation>Қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="65"/>
        <source>Start the station</source>
        <translation>Бекетті іске қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="81"/>
        <source>Use digits only.</source>
        <translation>Тек цифрларды қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="83"/>
        <source>Use at least %1 digits.</source>
        <translation>Кемінде %1 цифр қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="85"/>
        <source>The two PINs differ.</source>
        <translation>Екі PIN-код сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Default paper size</source>
        <translation>Әдепкі қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="49"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Lock after idle minutes</source>
        <translation>Әрекетсіз минуттардан кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="56"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="57"/>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>When nobody touches the laptop for this long, the signatures lock and the list of signers disappears from the screen. Unlocking asks for the passphrase.</source>
        <translation>Ноутбукке осынша уақыт ешкім тиіспесе, қолтаңбалар құлыпталып, қол қоюшылар тізімі экраннан жоғалады. Құлыпты ашу үшін құпия фраза сұралады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Default &amp;paper size:</source>
        <translation>Әдепкі &amp;қағаз өлшемі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="68"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Құлыптау уақыты:</translation>
    </message>
</context>
<context>
    <name>SignatureIO</name>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="47"/>
        <source>Merge signatures from</source>
        <translation>Қолтаңбаларды біріктіру көзі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="49"/>
        <source>Protest Kit campaigns (*.protestkit)</source>
        <translation>Protest Kit науқандары (*.protestkit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="58"/>
        <source>Nothing was merged</source>
        <translation>Ештеңе біріктірілмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="59"/>
        <source>Nothing was merged from this file: %1</source>
        <translation>Бұл файлдан ештеңе біріктірілмеді: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="66"/>
        <source>%n new signature(s) merged.</source>
        <translation>
            <numerusform>%n жаңа қолтаңба біріктірілді.</numerusform>
            <numerusform>%n жаңа қолтаңба біріктірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="68"/>
        <source>The campaign now has %1 signatures.</source>
        <translation>Науқандағы қолтаңбалар саны енді: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="73"/>
        <source>%n group(s) of signers look like the same person twice; check them in the list.</source>
        <translation>
            <numerusform>Қол қоюшылардың %n тобы бір адамның қайталануына ұқсайды; оларды тізімнен тексеріңіз.</numerusform>
            <numerusform>Қол қоюшылардың %n тобы бір адамның қайталануына ұқсайды; оларды тізімнен тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="79"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="92"/>
        <source>No petition text</source>
        <translation>Петиция мәтіні жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="93"/>
        <source>This case has no petition statement yet; add one on the Case page.</source>
        <translation>Бұл істің әзірге петиция мәтіні жоқ; оны «Іс» бетінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="101"/>
        <source>Import signatures from CSV</source>
        <translation>Қолтаңбаларды CSV-ден импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="103"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="143"/>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="144"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 файлынан ештеңе импортталмады: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="129"/>
        <source>%n signature(s) imported.</source>
        <translation>
            <numerusform>%n қолтаңба импортталды.</numerusform>
            <numerusform>%n қолтаңба импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="131"/>
        <source>%n contact(s) were left out: no column said the signer agreed to be contacted.</source>
        <translation>
            <numerusform>%n байланыс деректері алынбады: қол қоюшының байланысуға келісімі ешбір бағанда жоқ.</numerusform>
            <numerusform>%n байланыс деректері алынбады: қол қоюшының байланысуға келісімі ешбір бағанда жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="137"/>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="156"/>
        <source>Export signers to CSV</source>
        <translation>Қол қоюшыларды CSV-ге экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="158"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="167"/>
        <source>Not exported</source>
        <translation>Экспортталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="168"/>
        <source>The CSV file was not written: %1</source>
        <translation>CSV файлы жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="175"/>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="176"/>
        <source>%n signer(s) written to %1. This file holds names in plain text: keep it off this laptop and delete it when done.</source>
        <translation>
            <numerusform>%n қол қоюшы %1 файлына жазылды. Бұл файлда аттар ашық мәтінмен сақталады: оны осы ноутбукте сақтамаңыз және қажеті біткенде өшіріңіз.</numerusform>
            <numerusform>%n қол қоюшы %1 файлына жазылды. Бұл файлда аттар ашық мәтінмен сақталады: оны осы ноутбукте сақтамаңыз және қажеті біткенде өшіріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="194"/>
        <source>Save the recovery file</source>
        <translation>Қалпына келтіру файлын сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="196"/>
        <source>Recovery files (*.json)</source>
        <translation>Қалпына келтіру файлдары (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="205"/>
        <location filename="../../desktop/ui/signature_io.py" line="242"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="206"/>
        <source>The recovery file was not written: %1</source>
        <translation>Қалпына келтіру файлы жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="213"/>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="214"/>
        <source>The recovery file is saved as %1; it still needs the passphrase. Keep it on a USB stick away from this laptop.

If the passphrase is ever lost, this code alone opens the signatures. Write it on paper now and keep it like cash; it will not be shown again:

%2</source>
        <translation>Қалпына келтіру файлы %1 ретінде сақталды; оған бәрібір құпия фраза керек. Оны осы ноутбуктен бөлек, флешкада сақтаңыз.

Құпия фраза жоғалса, қолтаңбаларды осы кодтың өзі ашады. Оны дәл қазір қағазға жазып, ақша сияқты сақтаңыз; ол қайта көрсетілмейді:

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="243"/>
        <source>The sheet&apos;s count was not saved: %1</source>
        <translation>Парақтағы сан сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="159"/>
        <source>Signatures: gather them, count them</source>
        <translation>Қолтаңбалар: жинаймыз және санаймыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="160"/>
        <source>Signed on this laptop:</source>
        <translation>Осы ноутбукте қол қойғандар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="161"/>
        <source>Signed on paper:</source>
        <translation>Қағазда қол қойғандар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="162"/>
        <source>Key code:</source>
        <translation>Кілт коды:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="163"/>
        <source>Signer names:</source>
        <translation>Қол қоюшылардың аттары:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="164"/>
        <source>Key code</source>
        <translation>Кілт коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="167"/>
        <source>Volunteers read this code aloud to check that their laptop seals signatures for this campaign.</source>
        <translation>Еріктілер бұл кодты дауыстап оқып, өз ноутбугі қолтаңбаларды осы науқан үшін мөрлейтінін тексереді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="171"/>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="172"/>
        <source>Start signing station</source>
        <translation>Қол қою бекетін іске қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="173"/>
        <source>Merge signatures from…</source>
        <translation>Қолтаңбаларды біріктіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="174"/>
        <source>Merge signatures from a volunteer&apos;s file</source>
        <translation>Еріктінің файлынан қолтаңбаларды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="175"/>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="176"/>
        <source>Import signatures from a CSV file</source>
        <translation>Қолтаңбаларды CSV файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="177"/>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="178"/>
        <source>Export the signers to a CSV file</source>
        <translation>Қол қоюшыларды CSV файлына экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="179"/>
        <source>Count a paper sheet…</source>
        <translation>Қағаз парағын санау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="180"/>
        <source>Count the signatures on a paper sheet</source>
        <translation>Қағаз парағындағы қолтаңбаларды санау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="181"/>
        <source>Save recovery code…</source>
        <translation>Қалпына келтіру кодын сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="182"/>
        <source>Save the recovery file and code</source>
        <translation>Қалпына келтіру файлы мен кодын сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="183"/>
        <source>Signers</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="186"/>
        <source>The names of the signers are sealed. Unlock with the campaign passphrase to see them. They disappear again when you lock (Ctrl+L) or leave the laptop idle.</source>
        <translation>Қол қоюшылардың аттары мөрленген. Оларды көру үшін науқанның құлпын құпия фразамен ашыңыз. Құлыптағанда (Ctrl+L) немесе ноутбукті әрекетсіз қалдырғанда олар қайта жоғалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="232"/>
        <source>(all cases: %1)</source>
        <translation>(барлық істер бойынша: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="240"/>
        <source>Sealed: this file cannot open them (no key here)</source>
        <translation>Мөрленген: бұл файл оларды аша алмайды (мұнда кілт жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="242"/>
        <source>Locked: sealed, nobody can read them here</source>
        <translation>Құлыпталған: мөрленген, мұнда оларды ешкім оқи алмайды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="244"/>
        <source>Unlocked: visible below. Lock when you step away.</source>
        <translation>Құлпы ашық: төменде көрінеді. Орныңыздан кеткенде құлыптаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="245"/>
        <source>Unlock…</source>
        <translation>Құлпын ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="245"/>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="247"/>
        <source>Unlock the signatures</source>
        <translation>Қолтаңбалардың құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="247"/>
        <source>Lock the signatures now</source>
        <translation>Қолтаңбаларды қазір құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="253"/>
        <source>Unlock first: this needs the signers&apos; names.</source>
        <translation>Алдымен құлпын ашыңыз: бұған қол қоюшылардың аттары керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="264"/>
        <source>Open a campaign first.</source>
        <translation>Алдымен науқанды ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="273"/>
        <source>This file holds no key to read signatures (a volunteer&apos;s file, or street mode). Signatures gathered here can be merged into the organiser&apos;s campaign.</source>
        <translation>Бұл файлда қолтаңбаларды оқитын кілт жоқ (еріктінің файлы немесе көше режимі). Мұнда жиналған қолтаңбаларды ұйымдастырушының науқанымен біріктіруге болады.</translation>
    </message>
</context>
<context>
    <name>SignerTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="91"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="92"/>
        <source>Town</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="93"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="94"/>
        <source>Organisation or role</source>
        <translation>Ұйым немесе рөл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="95"/>
        <source>Signed</source>
        <translation>Қол қойылған күн</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="96"/>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="109"/>
        <source>(not printed)</source>
        <translation>(басылмайды)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="117"/>
        <source>Signing station</source>
        <translation>Қол қою бекеті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="118"/>
        <source>Command line</source>
        <translation>Пәрмен жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="119"/>
        <source>CSV import</source>
        <translation>CSV импорты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="120"/>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="121"/>
        <source>Merged</source>
        <translation>Біріктірілген</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="166"/>
        <source>Unlock the signatures</source>
        <translation>Қолтаңбалардың құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="169"/>
        <source>Type the passphrase of &lt;b&gt;%1&lt;/b&gt; to see the signers and print names. Without it the campaign stays locked: letters, counts and export still work.</source>
        <translation>Қол қоюшыларды көру және аттарды басып шығару үшін &lt;b&gt;%1&lt;/b&gt; науқанының құпия фразасын енгізіңіз. Онсыз науқан құлыпталған күйде қалады: хаттар, санау және экспорт бәрібір жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="171"/>
        <source>this campaign</source>
        <translation>осы науқан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="183"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="185"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="189"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="190"/>
        <source>Stay locked</source>
        <translation>Құлыпталған күйде қалдыру</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="21"/>
        <source>is required.</source>
        <translation>міндетті.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="23"/>
        <source>needs at least one entry.</source>
        <translation>кемінде бір жазба керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="25"/>
        <source>is too long.</source>
        <translation>тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="27"/>
        <source>may use only lower-case Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>тек кіші латын әріптерін, цифрларды, «-» және «_» қолдануға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="31"/>
        <source>is not a date; write it as YYYY-MM-DD.</source>
        <translation>бұл күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="33"/>
        <source>contains an invisible control character; retype it.</source>
        <translation>көрінбейтін басқару таңбасы бар; қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="105"/>
        <source>Protest Kit</source>
        <translation>Protest Kit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="108"/>
        <source>From a kit on a USB stick to a printed petition for each authority: choose the case and recipients, edit the letter, gather signatures, print.</source>
        <translation>Флешкадағы жинақтан әр билік органына басылған петицияға дейін: істі және адресаттарды таңдаңыз, хатты өңдеңіз, қол жинаңыз, басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="112"/>
        <source>Open the sample campaign (Almaty, 2010)</source>
        <translation>Үлгі науқанды ашу (Алматы, 2010)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="113"/>
        <source>Open the sample campaign</source>
        <translation>Үлгі науқанды ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="114"/>
        <source>New campaign from a kit…</source>
        <translation>Жинақтан жаңа науқан…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="115"/>
        <source>New campaign from a kit</source>
        <translation>Жинақтан жаңа науқан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="116"/>
        <source>Open a campaign…</source>
        <translation>Науқанды ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="117"/>
        <source>Open a campaign file</source>
        <translation>Науқан файлын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="118"/>
        <source>Recent campaigns</source>
        <translation>Соңғы науқандар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="121"/>
        <source>Protest Kit works offline and never connects to the network. Signatures are sealed on this laptop the moment they are given.</source>
        <translation>Protest Kit интернетсіз жұмыс істейді және ешқашан желіге қосылмайды. Қолтаңбалар қойылған сәтте осы ноутбукте мөрленеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="129"/>
        <source>&amp;Recent campaigns:</source>
        <translation>&amp;Соңғы науқандар:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="129"/>
        <source>No recent campaigns yet.</source>
        <translation>Әзірге соңғы науқандар жоқ.</translation>
    </message>
</context>
</TS>
