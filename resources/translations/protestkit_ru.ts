<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="26"/>
        <source>About Protest Kit</source>
        <translation>О программе Protest Kit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="29"/>
        <source>&lt;h2&gt;Protest Kit %1&lt;/h2&gt;&lt;p&gt;Protest letters, sealed signatures and print-ready petitions for solidarity campaigns.&lt;/p&gt;&lt;p&gt;Protest Kit never connects to the network. Signatures are sealed on this laptop the moment they are given; only the campaign passphrase opens them.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: DejaVu (free licence).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Protest Kit %1&lt;/h2&gt;&lt;p&gt;Письма протеста, запечатанные подписи и готовые к печати петиции для кампаний солидарности.&lt;/p&gt;&lt;p&gt;Protest Kit никогда не подключается к сети. Подписи запечатываются на этом ноутбуке в момент, когда их ставят; открыть их может только пароль кампании.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU GPL версии 3 или новее. Шрифты: DejaVu (свободная лицензия).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37"/>
        <source>&amp;New Campaign from a Kit…</source>
        <translation>&amp;Новая кампания из набора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38"/>
        <source>&amp;Open Campaign…</source>
        <translation>&amp;Открыть кампанию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>&amp;Import Kit…</source>
        <translation>&amp;Импортировать набор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>&amp;Merge Signatures From…</source>
        <translation>Об&amp;ъединить подписи из…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="41"/>
        <source>&amp;Export Petition…</source>
        <translation>&amp;Экспорт петиции…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="47"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="48"/>
        <source>&amp;About Protest Kit</source>
        <translation>&amp;О программе Protest Kit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49"/>
        <source>Short &amp;Guide</source>
        <translation>Краткое &amp;руководство</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="68"/>
        <source>Something went wrong inside Protest Kit (%1). Your campaign file is safe: every change was saved as you made it. If this happens again, close and reopen the app.</source>
        <translation>В Protest Kit произошла внутренняя ошибка (%1). Файл кампании в безопасности: каждое изменение сохранялось сразу. Если это повторится, закройте программу и откройте её снова.</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="65"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="67"/>
        <source>Title (%1)</source>
        <translation>Заголовок (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="70"/>
        <source>People (one per line, name — role):</source>
        <translation>Люди (по одному в строке: имя — роль):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="72"/>
        <source>People (%1)</source>
        <translation>Люди (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="75"/>
        <source>Summary:</source>
        <translation>Суть дела:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="77"/>
        <source>Summary (%1)</source>
        <translation>Суть дела (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="80"/>
        <source>Timeline (YYYY-MM-DD what happened):</source>
        <translation>Хронология (ГГГГ-ММ-ДД что произошло):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="82"/>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="85"/>
        <source>Charges (one per line):</source>
        <translation>Обвинения (по одному в строке):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="87"/>
        <source>Charges (%1)</source>
        <translation>Обвинения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="90"/>
        <source>Demands (one per line):</source>
        <translation>Требования (по одному в строке):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="92"/>
        <source>Demands (%1)</source>
        <translation>Требования (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="95"/>
        <source>Petition statement:</source>
        <translation>Текст петиции:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="97"/>
        <source>Petition statement (%1)</source>
        <translation>Текст петиции (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="123"/>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="123"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="127"/>
        <source>Case id</source>
        <translation>Идентификатор дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="128"/>
        <source>e.g. almaty-2010</source>
        <translation>например, almaty-2010</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="132"/>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="305"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="133"/>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="135"/>
        <source>The case has a deadline</source>
        <translation>У дела есть срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="138"/>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="306"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="145"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="162"/>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="163"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="257"/>
        <source>Timeline (%1): “%2” does not start with a date YYYY-MM-DD.</source>
        <translation>Хронология (%1): строка «%2» не начинается с даты ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="288"/>
        <source>Title: write it in at least one language.</source>
        <translation>Заголовок: напишите его хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="291"/>
        <source>Id: another case already uses “%1”.</source>
        <translation>Идентификатор: «%1» уже занят другим делом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="304"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="307"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="308"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="309"/>
        <source>Summary</source>
        <translation>Суть дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="310"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="311"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="312"/>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_editor.py" line="313"/>
        <source>Petition statement</source>
        <translation>Текст петиции</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="135"/>
        <source>Choose case</source>
        <translation>Выбор дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="149"/>
        <source>Case: who is persecuted, and what we demand</source>
        <translation>Дело: кого преследуют и чего мы требуем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="150"/>
        <source>Cases in the kit</source>
        <translation>Дела в наборе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="151"/>
        <source>Case details</source>
        <translation>Подробности дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="152"/>
        <location filename="../../desktop/ui/pages/case_page.py" line="153"/>
        <source>Campaign for this case</source>
        <translation>Кампания по этому делу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="154"/>
        <source>Add case…</source>
        <translation>Добавить дело…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="155"/>
        <source>Add a case</source>
        <translation>Добавить дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="156"/>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="157"/>
        <source>Edit the selected case</source>
        <translation>Изменить выбранное дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="193"/>
        <source>Add case</source>
        <translation>Добавление дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="204"/>
        <source>Edit case</source>
        <translation>Изменение дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="214"/>
        <source>No case chosen yet.</source>
        <translation>Дело ещё не выбрано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="217"/>
        <source>The campaign is for: %1</source>
        <translation>Кампания по делу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="245"/>
        <source>detained</source>
        <translation>задержан(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="246"/>
        <source>charged</source>
        <translation>обвиняется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="247"/>
        <source>sentenced</source>
        <translation>осуждён(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="248"/>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="249"/>
        <source>released</source>
        <translation>освобождён(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="254"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="255"/>
        <source>Summary</source>
        <translation>Суть дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="256"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="257"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="258"/>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="264"/>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_page.py" line="267"/>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="31"/>
        <source>Import signatures from CSV</source>
        <translation>Импорт подписей из CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="35"/>
        <source>%1 has %n row(s). They will be added as signatures for the case “%2”, all of them or none. Check which column holds what.</source>
        <translation>
            <numerusform>В файле %1 %n строка. Она будет добавлена как подпись по делу «%2» — всё или ничего. Проверьте, в каком столбце что записано.</numerusform>
            <numerusform>В файле %1 %n строки. Они будут добавлены как подписи по делу «%2» — все или ни одной. Проверьте, в каком столбце что записано.</numerusform>
            <numerusform>В файле %1 %n строк. Они будут добавлены как подписи по делу «%2» — все или ни одной. Проверьте, в каком столбце что записано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="45"/>
        <source>Full &amp;name (required):</source>
        <translation>&amp;Имя и фамилия (обязательно):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="46"/>
        <source>&amp;Town:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="47"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="48"/>
        <source>&amp;Organisation or role:</source>
        <translation>&amp;Организация или роль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="49"/>
        <source>Do not &amp;print the name (yes/no):</source>
        <translation>Не &amp;печатать имя (да/нет):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="50"/>
        <source>&amp;Date signed:</source>
        <translation>&amp;Дата подписи:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="58"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="67"/>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_mapping.py" line="78"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="52"/>
        <source>Recipients to export for</source>
        <translation>Адресаты для экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="55"/>
        <source>Recipients</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="60"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
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
        <translation>Ориентация листов для подписей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="67"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="68"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="70"/>
        <location filename="../../desktop/ui/pages/export_options.py" line="72"/>
        <source>One PDF for all recipients</source>
        <translation>Один PDF для всех адресатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="73"/>
        <location filename="../../desktop/ui/pages/export_options.py" line="75"/>
        <source>One PDF per recipient</source>
        <translation>Отдельный PDF для каждого адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="79"/>
        <source>Save the PDFs in this folder</source>
        <translation>Сохранять PDF в эту папку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="81"/>
        <source>Ch&amp;oose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="83"/>
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="89"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="90"/>
        <source>&amp;Signature sheets:</source>
        <translation>&amp;Листы для подписей:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="91"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="93"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="94"/>
        <source>Paper and files</source>
        <translation>Бумага и файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="99"/>
        <source>Problems found before printing</source>
        <translation>Недочёты, найденные перед печатью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="103"/>
        <source>Before printing</source>
        <translation>Перед печатью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="181"/>
        <source>No problems found.</source>
        <translation>Недочётов не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_options.py" line="205"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="30"/>
        <source>Export with problems?</source>
        <translation>Экспортировать с недочётами?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="32"/>
        <source>The petition would print with these problems:</source>
        <translation>Петиция будет напечатана с такими недочётами:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="38"/>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_questions.py" line="57"/>
        <source>Choose where to save the PDFs</source>
        <translation>Выберите, куда сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="93"/>
        <source>Export the petition</source>
        <translation>Экспортировать петицию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="96"/>
        <location filename="../../desktop/ui/pages/export_page.py" line="246"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="98"/>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="106"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="128"/>
        <source>The exported PDF appears here.</source>
        <translation>Здесь появится экспортированный PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="133"/>
        <source>Print the exported PDF</source>
        <translation>Напечатать экспортированный PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="137"/>
        <source>Open the folder of the PDF</source>
        <translation>Открыть папку с PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="219"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="240"/>
        <source>Export the petition first, then print it.</source>
        <translation>Сначала экспортируйте петицию, затем напечатайте её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="246"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="258"/>
        <source>Pages sent to the printer: %1.</source>
        <translation>Страниц отправлено на принтер: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="455"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="458"/>
        <source>Saved in %1: one PDF per recipient (%2 files).</source>
        <translation>Сохранено в %1: отдельный PDF для каждого адресата (файлов: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="515"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="268"/>
        <source>The folder could not be opened. It is: %1</source>
        <translation>Не удалось открыть папку. Вот она: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="91"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="131"/>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="135"/>
        <source>Open containing fol&amp;der</source>
        <translation>&amp;Открыть папку с файлом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="281"/>
        <source>Open a campaign first.</source>
        <translation>Сначала откройте кампанию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="285"/>
        <source>Tick at least one recipient to export for.</source>
        <translation>Отметьте хотя бы одного адресата для экспорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="292"/>
        <source>Export not started: fix the problems listed, or export anyway.</source>
        <translation>Экспорт не начат: исправьте перечисленные недочёты или экспортируйте всё равно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="298"/>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation>Папки %1 не существует. Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="310"/>
        <source>Export not started: the petition prints the signers&apos; names, so it needs the campaign&apos;s passphrase.</source>
        <translation>Экспорт не начат: в петиции печатаются имена подписавших, поэтому нужен пароль кампании.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="410"/>
        <source>The campaign is locked. The petition prints every signer&apos;s name, so Export will ask for the passphrase first.</source>
        <translation>Кампания заблокирована. В петиции печатается имя каждого подписавшего, поэтому экспорт сначала попросит пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="426"/>
        <source>Change the paper</source>
        <translation>Смена бумаги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="437"/>
        <source>Reading signatures: %v of %m</source>
        <translation>Чтение подписей: %v из %m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="438"/>
        <source>Drawing pages: %v of %m</source>
        <translation>Подготовка страниц: %v из %m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="452"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="487"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт отменён. Ни один файл не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="506"/>
        <source>Export to see the petition here before printing.</source>
        <translation>Экспортируйте, чтобы увидеть петицию здесь перед печатью.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_page.py" line="507"/>
        <source>No export yet.</source>
        <translation>Экспорта ещё не было.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="35"/>
        <source>%1: no postal address (the envelope block stays empty)</source>
        <translation>%1: нет почтового адреса (блок адреса останется пустым)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="38"/>
        <source>%1: no salutation in %2 (the letter starts without a greeting)</source>
        <translation>%1: нет обращения на языке: %2 (письмо начнётся без обращения)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="41"/>
        <source>%1: the letter in %2 has no text</source>
        <translation>%1: в письме на языке «%2» нет текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="44"/>
        <source>The case has no petition statement for people to sign.</source>
        <translation>У дела нет текста петиции, под которым люди могли бы подписаться.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="47"/>
        <source>No recipients are chosen.</source>
        <translation>Адресаты не выбраны.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="61"/>
        <source>This laptop holds no key to read the signatures (a volunteer file or street mode). Export on the organiser&apos;s laptop, or import the key first.</source>
        <translation>На этом ноутбуке нет ключа для чтения подписей (файл волонтёра или уличный режим). Экспортируйте на ноутбуке организатора или сначала импортируйте ключ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="67"/>
        <source>The campaign was locked during the export. Unlock it and export again.</source>
        <translation>Во время экспорта кампания была заблокирована. Разблокируйте её и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="71"/>
        <source>The disk is full. Free some space and export again.</source>
        <translation>Диск заполнен. Освободите место и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="75"/>
        <source>The campaign file is damaged: %1</source>
        <translation>Файл кампании повреждён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="79"/>
        <source>The export could not be made: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="83"/>
        <source>The PDF could not be written there (no permission). Choose another folder.</source>
        <translation>Не удалось записать PDF в эту папку (нет прав). Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="89"/>
        <source>The PDF could not be written: %1. Choose another folder.</source>
        <translation>Не удалось записать PDF: %1. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/export_words.py" line="93"/>
        <source>Something went wrong while exporting (%1). No file was written.</source>
        <translation>При экспорте что-то пошло не так (%1). Ни один файл не записан.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="64"/>
        <source>Short guide</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="68"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="89"/>
        <source>&lt;h3&gt;From a kit to a printed pack&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open a campaign.&lt;/b&gt; Start with the sample campaign, or create one from the kit file you were given (File &amp;gt; New). Choose a passphrase of several words: it protects the signers&apos; names and cannot be recovered.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case.&lt;/b&gt; Pick the case you campaign for, or add your own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recipients.&lt;/b&gt; Tick who gets the letter and who gets a copy. A warning shows when an address or salutation is missing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Letter.&lt;/b&gt; Edit the letter in each language. Placeholders such as the recipient&apos;s name are filled in for each recipient.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Signatures.&lt;/b&gt; Start the signing station at the picket. People sign on the laptop; each signature is sealed at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export.&lt;/b&gt; Make one PDF pack per recipient and print it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lock&lt;/b&gt; (Ctrl+L) whenever you step away. The campaign also locks itself after some idle minutes (Settings).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;От набора до напечатанного пакета&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Откройте кампанию.&lt;/b&gt; Начните с примера или создайте кампанию из полученного файла набора (Файл &amp;gt; Новая). Выберите пароль из нескольких слов: он защищает имена подписавших, и восстановить его нельзя.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Дело.&lt;/b&gt; Выберите дело, в поддержку которого идёт кампания, или добавьте своё.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Адресаты.&lt;/b&gt; Отметьте, кому идёт письмо и кому копия. Если не хватает адреса или обращения, появится предупреждение.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Письмо.&lt;/b&gt; Отредактируйте письмо на каждом языке. Подстановки, например имя адресата, заполняются для каждого адресата.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Подписи.&lt;/b&gt; На пикете запустите станцию подписей. Люди подписываются на ноутбуке; каждая подпись сразу запечатывается.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Экспорт.&lt;/b&gt; Сделайте PDF-пакет для каждого адресата и распечатайте его.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Блокируйте&lt;/b&gt; (Ctrl+L), когда отходите. Кампания блокируется и сама после нескольких минут бездействия (Настройки).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="107"/>
        <source>&lt;p&gt;&lt;b&gt;Recovery code.&lt;/b&gt; Once the campaign is unlocked, use Signatures &amp;gt; Save recovery code and keep the code on paper, away from the laptop. It is the only way back in if the passphrase is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Код восстановления.&lt;/b&gt; Разблокировав кампанию, нажмите «Подписи» &amp;gt; «Сохранить код восстановления» и храните код на бумаге, подальше от ноутбука. Это единственный способ вернуть доступ, если пароль потерян.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LanguageDelegate</name>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="39"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="101"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="102"/>
        <source>Which language&apos;s letter you are editing</source>
        <translation>Письмо на каком языке вы редактируете</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="111"/>
        <source>&amp;Insert placeholder</source>
        <translation>Вст&amp;авить подстановку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="112"/>
        <source>Insert placeholder</source>
        <translation>Вставить подстановку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="114"/>
        <source>Placeholders are filled in for each recipient when the letter is printed.</source>
        <translation>Подстановки заполняются для каждого адресата при печати письма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="141"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="142"/>
        <source>&amp;Body:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="143"/>
        <source>C&amp;losing:</source>
        <translation>&amp;Заключение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="144"/>
        <source>Se&amp;nder:</source>
        <translation>&amp;Отправитель:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="147"/>
        <source>Letter subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="148"/>
        <source>Letter body</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="149"/>
        <source>Letter closing</source>
        <translation>Заключение письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="150"/>
        <source>Sender block</source>
        <translation>Блок отправителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="182"/>
        <source>Problems in the letter</source>
        <translation>Ошибки в письме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="352"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, строка %2, столбец %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="277"/>
        <source>Open a campaign to write its letter.</source>
        <translation>Откройте кампанию, чтобы написать её письмо.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="284"/>
        <source>Letter for the case: %1</source>
        <translation>Письмо по делу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="327"/>
        <source>Edit the letter (%1)</source>
        <translation>Правка письма (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="335"/>
        <source>%1 is not saved: %2</source>
        <translation>%1 не сохранено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="344"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="345"/>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="346"/>
        <source>Closing</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_page.py" line="347"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
</context>
<context>
    <name>LetterPreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="89"/>
        <source>Preview the letter for</source>
        <translation>Предпросмотр письма для</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="95"/>
        <source>Pre&amp;view for:</source>
        <translation>Просмотр &amp;для:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="161"/>
        <source>The preview updates when you pause typing.</source>
        <translation>Предпросмотр обновляется, когда вы делаете паузу в наборе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="190"/>
        <source>%1 (not chosen)</source>
        <translation>%1 (не выбран)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="204"/>
        <source>no postal address</source>
        <translation>нет почтового адреса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="205"/>
        <source>no salutation in this language</source>
        <translation>нет обращения на этом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="209"/>
        <source>This recipient has %1; add it on the Recipients page.</source>
        <translation>У этого адресата %1; добавьте на странице «Адресаты».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="210"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="237"/>
        <source>Open a campaign to see its letter here.</source>
        <translation>Откройте кампанию, чтобы увидеть здесь её письмо.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="239"/>
        <source>Choose a recipient to see the letter as it will print.</source>
        <translation>Выберите адресата, чтобы увидеть письмо таким, каким оно будет напечатано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="244"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="252"/>
        <source>Pages in the preview: %1</source>
        <translation>Страниц в предпросмотре: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/letter_preview.py" line="256"/>
        <source>The preview could not be made: %1</source>
        <translation>Не удалось построить предпросмотр: %1</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="125"/>
        <source>That passphrase does not open this campaign. Check the keyboard layout.</source>
        <translation>Этот пароль не открывает кампанию. Проверьте раскладку клавиатуры.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="131"/>
        <source>Cannot unlock</source>
        <translation>Не удалось разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="132"/>
        <source>The campaign could not be unlocked: %1</source>
        <translation>Кампанию не удалось разблокировать: %1</translation>
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
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>Recipients</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Locked after idle time. Unlock to see signers.</source>
        <translation>Заблокировано из-за бездействия. Разблокируйте, чтобы увидеть подписавших.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296"/>
        <source>No recent campaigns</source>
        <translation>Нет недавних кампаний</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>This case has no petition text yet; add one on the Case page.</source>
        <translation>У этого дела пока нет текста петиции; добавьте его на странице «Дело».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>No campaign open</source>
        <translation>Кампания не открыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n подпись</numerusform>
            <numerusform>%n подписи</numerusform>
            <numerusform>%n подписей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="41"/>
        <source>Keep your changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="43"/>
        <source>You changed “%1” since it was opened.</source>
        <translation>Вы изменили «%1» после открытия.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="46"/>
        <source>Keep the changes, or undo all of them before closing?</source>
        <translation>Оставить изменения или отменить их все перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="49"/>
        <source>Keep changes</source>
        <translation>Оставить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="52"/>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="70"/>
        <source>Open campaign</source>
        <translation>Открыть кампанию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="72"/>
        <source>Protest Kit campaigns (*.protestkit);;All files (*)</source>
        <translation>Кампании Protest Kit (*.protestkit);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="81"/>
        <source>Choose a kit</source>
        <translation>Выберите набор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="83"/>
        <source>Protest Kit kits (*.kit.json *.json);;All files (*)</source>
        <translation>Наборы Protest Kit (*.kit.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="92"/>
        <source>Save the new campaign as</source>
        <translation>Сохранить новую кампанию как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messages.py" line="94"/>
        <source>Protest Kit campaigns (*.protestkit)</source>
        <translation>Кампании Protest Kit (*.protestkit)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="36"/>
        <source>Choose a passphrase</source>
        <translation>Выберите пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;This passphrase protects the names of everyone who signs.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Signatures are sealed as soon as they are given. Only this passphrase opens them again, to read the list of signers or print the petition with names. Opening the campaign, writing letters and counting signatures do not need it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It cannot be recovered.&lt;/b&gt; If you forget it, nobody can read the signatures, not even the authors of Protest Kit, unless you kept the campaign&apos;s recovery code. Choose several words you will remember and others will not guess, and never write it on the laptop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Этот пароль защищает имена всех, кто подписался.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Подписи запечатываются сразу, как только их ставят. Только этот пароль открывает их снова — чтобы прочитать список подписавших или напечатать петицию с именами. Чтобы открыть кампанию, писать письма и считать подписи, он не нужен.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Восстановить его нельзя.&lt;/b&gt; Если вы его забудете, никто не сможет прочитать подписи — даже авторы Protest Kit, — если только вы не сохранили код восстановления кампании. Выберите несколько слов, которые вы запомните, а другие не угадают, и никогда не записывайте пароль на ноутбуке.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="53"/>
        <source>&lt;p&gt;Campaign: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кампания: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="62"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="66"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="67"/>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="69"/>
        <source>Show the passphrase</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="74"/>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="80"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="82"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="87"/>
        <source>Create campaign</source>
        <translation>Создать кампанию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="126"/>
        <source>Type a passphrase of several words.</source>
        <translation>Введите пароль из нескольких слов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="127"/>
        <source>Too short: use at least 10 characters, better four words.</source>
        <translation>Слишком короткий: не меньше 10 символов, а лучше четыре слова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="128"/>
        <source>Too common: this is among the first passphrases anyone tries.</source>
        <translation>Слишком распространённый: такой пароль пробуют одним из первых.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="129"/>
        <source>Too simple: the same characters repeated.</source>
        <translation>Слишком простой: повторяются одни и те же символы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="130"/>
        <source>Too simple: a keyboard or alphabet sequence.</source>
        <translation>Слишком простой: это ряд клавиатуры или алфавита.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="131"/>
        <source>Weak: only one kind of character. Add more words.</source>
        <translation>Слабый: символы только одного вида. Добавьте слов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="132"/>
        <source>Weak: the words are too short. Use longer words.</source>
        <translation>Слабый: слова слишком короткие. Возьмите слова длиннее.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="133"/>
        <source>Fair: acceptable. A few more words would make it strong.</source>
        <translation>Сносный: годится. Ещё несколько слов сделают его надёжным.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="134"/>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="138"/>
        <source>Too weak: use four or more words, or a long sentence.</source>
        <translation>Слишком слабый: возьмите четыре слова или больше, или длинную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="141"/>
        <source>The two fields do not match yet.</source>
        <translation>Поля пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop/ui/opening.py" line="66"/>
        <source>The sample kit could not be read: %1</source>
        <translation>Не удалось прочитать набор-пример: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="82"/>
        <source>This campaign cannot be opened: %1</source>
        <translation>Эту кампанию нельзя открыть: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="98"/>
        <source>This kit cannot be used: %1</source>
        <translation>Этот набор нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="107"/>
        <source>File exists</source>
        <translation>Файл уже существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="108"/>
        <source>%1 already exists. Choose another name: a campaign is never overwritten.</source>
        <translation>%1 уже существует. Выберите другое имя: кампания никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="131"/>
        <source>The campaign could not be created: %1</source>
        <translation>Не удалось создать кампанию: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="151"/>
        <source>This kit cannot be imported: %1</source>
        <translation>Этот набор нельзя импортировать: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="153"/>
        <source>Import kit</source>
        <translation>Импорт набора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="168"/>
        <source>Protest Kit</source>
        <translation>Protest Kit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="179"/>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/opening.py" line="183"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, строка %2, столбец %3</translation>
    </message>
</context>
<context>
    <name>PaperTallyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="29"/>
        <source>Count a paper sheet</source>
        <translation>Подсчёт бумажного листа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="36"/>
        <source>Type the number printed on the sheet and how many people signed it. The names stay on paper; only the count is kept here. Counting a sheet again replaces its earlier count.</source>
        <translation>Введите номер, напечатанный на листе, и сколько человек на нём подписалось. Имена остаются на бумаге, здесь хранится только число. Повторный подсчёт листа заменяет прежнее число.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="44"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="114"/>
        <source>Sheet number</source>
        <translation>Номер листа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="45"/>
        <source>e.g. 12</source>
        <translation>например, 12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="48"/>
        <source>Signatures on the sheet</source>
        <translation>Подписей на листе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="52"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="115"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="55"/>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="116"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="61"/>
        <source>Sheet &amp;number:</source>
        <translation>&amp;Номер листа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="62"/>
        <source>&amp;Signatures on it:</source>
        <translation>&amp;Подписей на нём:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="63"/>
        <source>&amp;Town:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="64"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/paper_tally.py" line="95"/>
        <source>Sheet %1 was counted before; OK replaces that count.</source>
        <translation>Лист %1 уже подсчитан; «OK» заменит прежнее число.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="47"/>
        <source>PDF preview</source>
        <translation>Предпросмотр PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="75"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="177"/>
        <source>Nothing to preview yet.</source>
        <translation>Пока нечего показать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="83"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="84"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="89"/>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="90"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="94"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="102"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="186"/>
        <source>This PDF could not be shown.</source>
        <translation>Этот PDF не удалось показать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/pdf_preview.py" line="199"/>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="226"/>
        <source>unknown placeholder {%1}; choose one from Insert placeholder</source>
        <translation>неизвестная подстановка {%1}; выберите её из меню «Вставить подстановку»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="229"/>
        <source>a lone brace; write {{ or }} to print a brace</source>
        <translation>одиночная фигурная скобка; чтобы напечатать скобку, напишите {{ или }}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="237"/>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="247"/>
        <source>How the letter greets the recipient, in the letter&apos;s language.</source>
        <translation>Обращение к адресату на языке письма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="250"/>
        <source>The recipient&apos;s name.</source>
        <translation>Имя адресата.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="251"/>
        <source>The recipient&apos;s position.</source>
        <translation>Должность адресата.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="254"/>
        <source>The recipient&apos;s organisation.</source>
        <translation>Организация адресата.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="257"/>
        <source>The case title.</source>
        <translation>Заголовок дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="258"/>
        <source>The people concerned, with their roles.</source>
        <translation>Люди, о которых идёт речь, с их ролями.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="261"/>
        <source>The case summary.</source>
        <translation>Суть дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="262"/>
        <source>The charges, one per line.</source>
        <translation>Обвинения, по одному в строке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="263"/>
        <source>The demands, one per line.</source>
        <translation>Требования, по одному в строке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="264"/>
        <source>The case reference, e.g. UA 12/10.</source>
        <translation>Номер дела, например UA 12/10.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="267"/>
        <source>The deadline, as a date in the letter&apos;s language.</source>
        <translation>Срок в виде даты на языке письма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="270"/>
        <source>How many people have signed, as a number in the letter&apos;s language.</source>
        <translation>Сколько людей подписалось, числом в формате языка письма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="273"/>
        <source>Today&apos;s date in the letter&apos;s language.</source>
        <translation>Сегодняшняя дата на языке письма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="276"/>
        <source>The town printed beside the date.</source>
        <translation>Город, который печатается рядом с датой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="277"/>
        <source>The sending organisation.</source>
        <translation>Организация-отправитель.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="280"/>
        <source>Who signs the letter.</source>
        <translation>Кто подписывает письмо.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="290"/>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="291"/>
        <source>Recipient&apos;s name</source>
        <translation>Имя адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="292"/>
        <source>Recipient&apos;s position</source>
        <translation>Должность адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="293"/>
        <source>Recipient&apos;s organisation</source>
        <translation>Организация адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="296"/>
        <source>Case title</source>
        <translation>Заголовок дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="297"/>
        <source>People concerned</source>
        <translation>О ком идёт речь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="298"/>
        <source>Case summary</source>
        <translation>Суть дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="299"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="300"/>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="301"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="302"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="303"/>
        <source>Number of signatures</source>
        <translation>Число подписей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="304"/>
        <source>Today&apos;s date</source>
        <translation>Сегодняшняя дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="305"/>
        <source>Town beside the date</source>
        <translation>Город рядом с датой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="306"/>
        <source>Sending organisation</source>
        <translation>Организация-отправитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/placeholder_editor.py" line="307"/>
        <source>Who signs</source>
        <translation>Кто подписывает</translation>
    </message>
</context>
<context>
    <name>RecipientEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="41"/>
        <source>e.g. Dear Prosecutor General,</source>
        <translation>например, Уважаемый господин Генеральный прокурор!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="47"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="49"/>
        <source>Name (%1)</source>
        <translation>Имя (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="53"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="55"/>
        <source>Position (%1)</source>
        <translation>Должность (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="59"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="61"/>
        <source>Organisation (%1)</source>
        <translation>Организация (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="65"/>
        <source>Salutation:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="67"/>
        <source>Salutation (%1)</source>
        <translation>Обращение (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="87"/>
        <source>Edit recipient</source>
        <translation>Изменить адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="87"/>
        <source>New recipient</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="91"/>
        <source>Recipient id</source>
        <translation>Идентификатор адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="92"/>
        <source>e.g. prosecutor-general</source>
        <translation>например, prosecutor-general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="96"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="97"/>
        <source>Target (the letter is addressed to them)</source>
        <translation>Адресат (письмо адресовано ему)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="98"/>
        <source>Copy (receives a copy)</source>
        <translation>Копия (получает копию)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="101"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="106"/>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="208"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="109"/>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="207"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="111"/>
        <source>One line per row; leave empty if unknown.</source>
        <translation>По одной строке адреса в строке; оставьте пустым, если адрес неизвестен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="115"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="131"/>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="132"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="133"/>
        <source>Preferred &amp;language:</source>
        <translation>Предпочитаемый &amp;язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="134"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="135"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="203"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="204"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="205"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="206"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="209"/>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="210"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="217"/>
        <source>Name: write it in at least one language.</source>
        <translation>Имя: напишите его хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/recipient_editor.py" line="220"/>
        <source>Id: another recipient already uses “%1”.</source>
        <translation>Идентификатор: «%1» уже занят другим адресатом.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="46"/>
        <source>No address and no salutation</source>
        <translation>Нет адреса и обращения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="48"/>
        <source>No postal address</source>
        <translation>Нет почтового адреса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="50"/>
        <source>No salutation in %1</source>
        <translation>Нет обращения на языке: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="86"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="87"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="88"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/recipients.py" line="119"/>
        <source>Letter language: %1</source>
        <translation>Язык письма: %1</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="143"/>
        <source>Choose recipient</source>
        <translation>Выбор адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="143"/>
        <source>Drop recipient</source>
        <translation>Отказ от адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="153"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="185"/>
        <source>Recipients: who gets the letter</source>
        <translation>Адресаты: кому идёт письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="188"/>
        <source>Tick the authorities the letter is addressed to, and those who get a copy. Double-click a language to write that recipient&apos;s letter in another one.</source>
        <translation>Отметьте органы власти, которым адресовано письмо, и тех, кто получит копию. Дважды щёлкните по языку, чтобы написать письмо этому адресату на другом языке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="192"/>
        <source>&amp;Letter goes to:</source>
        <translation>Письмо полу&amp;чают:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="193"/>
        <source>&amp;Copies go to:</source>
        <translation>&amp;Копии получают:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="194"/>
        <source>Recipients of the letter</source>
        <translation>Адресаты письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="195"/>
        <source>Recipients of copies</source>
        <translation>Получатели копий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="196"/>
        <source>Add recipient…</source>
        <translation>Добавить адресата…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="197"/>
        <source>Add a recipient</source>
        <translation>Добавить адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="198"/>
        <source>Edit recipient…</source>
        <translation>Изменить адресата…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="199"/>
        <source>Edit the selected recipient</source>
        <translation>Изменить выбранного адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="200"/>
        <source>Warnings about chosen recipients</source>
        <translation>Предупреждения о выбранных адресатах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="229"/>
        <source>Add recipient</source>
        <translation>Добавление адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="240"/>
        <source>Edit recipient</source>
        <translation>Изменение адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recipients_page.py" line="246"/>
        <source>No recipient is ticked yet.</source>
        <translation>Ни один адресат ещё не отмечен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/recipients_page.py" line="250"/>
        <source>%n chosen recipient(s) cannot get a complete letter yet:</source>
        <translation>
            <numerusform>%n выбранный адресат пока не может получить полное письмо:</numerusform>
            <numerusform>%n выбранных адресата пока не могут получить полное письмо:</numerusform>
            <numerusform>%n выбранных адресатов пока не могут получить полное письмо:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="26"/>
        <source>Start the signing station</source>
        <translation>Запуск станции подписей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="30"/>
        <source>The station fills the screen so passers-by can sign. Choose a PIN of %1 to %2 digits: nobody can leave the station without it. The PIN is kept in memory only until the station closes. Starting the station also locks the campaign, so no signer&apos;s name can be read on this laptop.</source>
        <translation>Станция занимает весь экран, чтобы прохожие могли подписаться. Выберите PIN-код из %1–%2 цифр: без него никто не сможет выйти из станции. PIN-код хранится в памяти только до закрытия станции. При запуске станции кампания также блокируется, поэтому ни одно имя подписавшего на этом ноутбуке прочитать нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="43"/>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="49"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="49"/>
        <source>Repeat the PIN</source>
        <translation>Повторите PIN-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="58"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="59"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="65"/>
        <source>Start the station</source>
        <translation>Запустить станцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="81"/>
        <source>Use digits only.</source>
        <translation>Используйте только цифры.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="83"/>
        <source>Use at least %1 digits.</source>
        <translation>Используйте не меньше %1 цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station/pin_dialog.py" line="85"/>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Default paper size</source>
        <translation>Размер бумаги по умолчанию</translation>
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
        <translation>Блокировать после минут бездействия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="56"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="57"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>When nobody touches the laptop for this long, the signatures lock and the list of signers disappears from the screen. Unlocking asks for the passphrase.</source>
        <translation>Если ноутбуком не пользуются столько времени, подписи блокируются и список подписавших исчезает с экрана. Для разблокировки нужен пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Default &amp;paper size:</source>
        <translation>&amp;Размер бумаги:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="68"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
</context>
<context>
    <name>SignatureIO</name>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="47"/>
        <source>Merge signatures from</source>
        <translation>Объединить подписи из</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="49"/>
        <source>Protest Kit campaigns (*.protestkit)</source>
        <translation>Кампании Protest Kit (*.protestkit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="58"/>
        <source>Nothing was merged</source>
        <translation>Ничего не объединено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="59"/>
        <source>Nothing was merged from this file: %1</source>
        <translation>Из этого файла ничего не объединено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="66"/>
        <source>%n new signature(s) merged.</source>
        <translation>
            <numerusform>Добавлена %n новая подпись.</numerusform>
            <numerusform>Добавлено %n новые подписи.</numerusform>
            <numerusform>Добавлено %n новых подписей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="68"/>
        <source>The campaign now has %1 signatures.</source>
        <translation>Всего подписей в кампании: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="73"/>
        <source>%n group(s) of signers look like the same person twice; check them in the list.</source>
        <translation>
            <numerusform>%n группа подписей похожа на повтор одного и того же человека; проверьте её в списке.</numerusform>
            <numerusform>%n группы подписей похожи на повторы одного и того же человека; проверьте их в списке.</numerusform>
            <numerusform>%n групп подписей похожи на повторы одного и того же человека; проверьте их в списке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="79"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="92"/>
        <source>No petition text</source>
        <translation>Нет текста петиции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="93"/>
        <source>This case has no petition statement yet; add one on the Case page.</source>
        <translation>У этого дела пока нет текста петиции; добавьте его на странице «Дело».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="101"/>
        <source>Import signatures from CSV</source>
        <translation>Импорт подписей из CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="103"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="143"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="144"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Из %1 ничего не импортировано: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="129"/>
        <source>%n signature(s) imported.</source>
        <translation>
            <numerusform>Импортирована %n подпись.</numerusform>
            <numerusform>Импортировано %n подписи.</numerusform>
            <numerusform>Импортировано %n подписей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="131"/>
        <source>%n contact(s) were left out: no column said the signer agreed to be contacted.</source>
        <translation>
            <numerusform>%n контакт не сохранён: ни в одном столбце нет согласия подписавшего на связь.</numerusform>
            <numerusform>%n контакта не сохранены: ни в одном столбце нет согласия подписавших на связь.</numerusform>
            <numerusform>%n контактов не сохранены: ни в одном столбце нет согласия подписавших на связь.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="137"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="156"/>
        <source>Export signers to CSV</source>
        <translation>Экспорт подписавших в CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="158"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="167"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="168"/>
        <source>The CSV file was not written: %1</source>
        <translation>Файл CSV не записан: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="175"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/signature_io.py" line="176"/>
        <source>%n signer(s) written to %1. This file holds names in plain text: keep it off this laptop and delete it when done.</source>
        <translation>
            <numerusform>%n подписавший записан в %1. В этом файле имена открытым текстом: не храните его на этом ноутбуке и удалите, когда он больше не нужен.</numerusform>
            <numerusform>%n подписавших записаны в %1. В этом файле имена открытым текстом: не храните его на этом ноутбуке и удалите, когда он больше не нужен.</numerusform>
            <numerusform>%n подписавших записаны в %1. В этом файле имена открытым текстом: не храните его на этом ноутбуке и удалите, когда он больше не нужен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="194"/>
        <source>Save the recovery file</source>
        <translation>Сохранить файл восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="196"/>
        <source>Recovery files (*.json)</source>
        <translation>Файлы восстановления (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="205"/>
        <location filename="../../desktop/ui/signature_io.py" line="242"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="206"/>
        <source>The recovery file was not written: %1</source>
        <translation>Файл восстановления не записан: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="213"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="214"/>
        <source>The recovery file is saved as %1; it still needs the passphrase. Keep it on a USB stick away from this laptop.

If the passphrase is ever lost, this code alone opens the signatures. Write it on paper now and keep it like cash; it will not be shown again:

%2</source>
        <translation>Файл восстановления сохранён как %1; для него всё равно нужен пароль. Храните его на флешке, отдельно от этого ноутбука.

Если пароль когда-нибудь потеряется, подписи откроет один этот код. Запишите его на бумаге прямо сейчас и храните как деньги; больше он показан не будет:

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature_io.py" line="243"/>
        <source>The sheet&apos;s count was not saved: %1</source>
        <translation>Число подписей на листе не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="159"/>
        <source>Signatures: gather them, count them</source>
        <translation>Подписи: собираем и считаем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="160"/>
        <source>Signed on this laptop:</source>
        <translation>Подписались на этом ноутбуке:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="161"/>
        <source>Signed on paper:</source>
        <translation>Подписались на бумаге:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="162"/>
        <source>Key code:</source>
        <translation>Код ключа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="163"/>
        <source>Signer names:</source>
        <translation>Имена подписавших:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="164"/>
        <source>Key code</source>
        <translation>Код ключа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="167"/>
        <source>Volunteers read this code aloud to check that their laptop seals signatures for this campaign.</source>
        <translation>Волонтёры зачитывают этот код вслух, чтобы убедиться, что их ноутбук запечатывает подписи для этой кампании.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="171"/>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="172"/>
        <source>Start signing station</source>
        <translation>Запустить станцию подписей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="173"/>
        <source>Merge signatures from…</source>
        <translation>Объединить подписи из…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="174"/>
        <source>Merge signatures from a volunteer&apos;s file</source>
        <translation>Объединить подписи из файла волонтёра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="175"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="176"/>
        <source>Import signatures from a CSV file</source>
        <translation>Импортировать подписи из файла CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="177"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="178"/>
        <source>Export the signers to a CSV file</source>
        <translation>Экспортировать подписавших в файл CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="179"/>
        <source>Count a paper sheet…</source>
        <translation>Подсчитать бумажный лист…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="180"/>
        <source>Count the signatures on a paper sheet</source>
        <translation>Подсчитать подписи на бумажном листе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="181"/>
        <source>Save recovery code…</source>
        <translation>Сохранить код восстановления…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="182"/>
        <source>Save the recovery file and code</source>
        <translation>Сохранить файл и код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="183"/>
        <source>Signers</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="186"/>
        <source>The names of the signers are sealed. Unlock with the campaign passphrase to see them. They disappear again when you lock (Ctrl+L) or leave the laptop idle.</source>
        <translation>Имена подписавших запечатаны. Чтобы их увидеть, разблокируйте кампанию паролем. Они снова исчезнут, когда вы заблокируете кампанию (Ctrl+L) или оставите ноутбук без дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="232"/>
        <source>(all cases: %1)</source>
        <translation>(по всем делам: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="240"/>
        <source>Sealed: this file cannot open them (no key here)</source>
        <translation>Запечатаны: этот файл не может их открыть (здесь нет ключа)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="242"/>
        <source>Locked: sealed, nobody can read them here</source>
        <translation>Заблокировано: запечатаны, здесь их никто не прочтёт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="244"/>
        <source>Unlocked: visible below. Lock when you step away.</source>
        <translation>Разблокировано: они видны ниже. Заблокируйте, когда отходите.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="245"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="245"/>
        <source>Lock now</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="247"/>
        <source>Unlock the signatures</source>
        <translation>Разблокировать подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="247"/>
        <source>Lock the signatures now</source>
        <translation>Заблокировать подписи сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="253"/>
        <source>Unlock first: this needs the signers&apos; names.</source>
        <translation>Сначала разблокируйте: для этого нужны имена подписавших.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="264"/>
        <source>Open a campaign first.</source>
        <translation>Сначала откройте кампанию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signatures_page.py" line="273"/>
        <source>This file holds no key to read signatures (a volunteer&apos;s file, or street mode). Signatures gathered here can be merged into the organiser&apos;s campaign.</source>
        <translation>В этом файле нет ключа для чтения подписей (файл волонтёра или уличный режим). Собранные здесь подписи можно объединить с кампанией организатора.</translation>
    </message>
</context>
<context>
    <name>SignerTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="91"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="92"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="93"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="94"/>
        <source>Organisation or role</source>
        <translation>Организация или роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="95"/>
        <source>Signed</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="96"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="109"/>
        <source>(not printed)</source>
        <translation>(не печатать)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="117"/>
        <source>Signing station</source>
        <translation>Станция подписей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="118"/>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="119"/>
        <source>CSV import</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="120"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/signers.py" line="121"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="166"/>
        <source>Unlock the signatures</source>
        <translation>Разблокировать подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="169"/>
        <source>Type the passphrase of &lt;b&gt;%1&lt;/b&gt; to see the signers and print names. Without it the campaign stays locked: letters, counts and export still work.</source>
        <translation>Введите пароль кампании &lt;b&gt;%1&lt;/b&gt;, чтобы увидеть подписавших и печатать имена. Без него кампания остаётся заблокированной: письма, подсчёт и экспорт по-прежнему работают.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="171"/>
        <source>this campaign</source>
        <translation>этой кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="183"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="185"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="189"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/passphrase.py" line="190"/>
        <source>Stay locked</source>
        <translation>Оставить заблокированной</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="21"/>
        <source>is required.</source>
        <translation>обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="23"/>
        <source>needs at least one entry.</source>
        <translation>нужна хотя бы одна запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="25"/>
        <source>is too long.</source>
        <translation>слишком длинно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="27"/>
        <source>may use only lower-case Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>можно использовать только строчные латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="31"/>
        <source>is not a date; write it as YYYY-MM-DD.</source>
        <translation>это не дата; напишите в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/validation.py" line="33"/>
        <source>contains an invisible control character; retype it.</source>
        <translation>содержит невидимый управляющий символ; наберите заново.</translation>
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
        <translation>От набора на флешке до напечатанной петиции для каждого органа власти: выберите дело и адресатов, отредактируйте письмо, соберите подписи, напечатайте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="112"/>
        <source>Open the sample campaign (Almaty, 2010)</source>
        <translation>Открыть пример кампании (Алматы, 2010)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="113"/>
        <source>Open the sample campaign</source>
        <translation>Открыть пример кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="114"/>
        <source>New campaign from a kit…</source>
        <translation>Новая кампания из набора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="115"/>
        <source>New campaign from a kit</source>
        <translation>Новая кампания из набора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="116"/>
        <source>Open a campaign…</source>
        <translation>Открыть кампанию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="117"/>
        <source>Open a campaign file</source>
        <translation>Открыть файл кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="118"/>
        <source>Recent campaigns</source>
        <translation>Недавние кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="121"/>
        <source>Protest Kit works offline and never connects to the network. Signatures are sealed on this laptop the moment they are given.</source>
        <translation>Protest Kit работает без интернета и никогда не подключается к сети. Подписи запечатываются на этом ноутбуке в момент, когда их ставят.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="129"/>
        <source>&amp;Recent campaigns:</source>
        <translation>&amp;Недавние кампании:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/welcome_page.py" line="129"/>
        <source>No recent campaigns yet.</source>
        <translation>Недавних кампаний пока нет.</translation>
    </message>
</context>
</TS>
