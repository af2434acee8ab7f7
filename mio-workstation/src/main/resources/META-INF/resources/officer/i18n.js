/* Interface texts in Kazakh and Russian; elements carry data-i18n="key" (text), data-i18n-title / -placeholder. */
(function () {
  'use strict';
  var texts = {
    ru: {
      'app.title': 'ИС МИО — рабочее место сотрудника', 'skip': 'К содержимому', 'signOut': 'Выйти', 'any': 'любой',
      'nav.queue': 'Очередь', 'nav.search': 'Поиск по ИИН', 'nav.walkin': 'Личный приём',
      'login.title': 'Вход сотрудника', 'login.iin': 'ИИН', 'login.password': 'Пароль', 'login.submit': 'Войти',
      'queue.title': 'Очередь заявок', 'queue.role': 'Роль', 'queue.status': 'Статус', 'queue.due': 'Срок',
      'queue.overdueOnly': 'только просроченные', 'queue.inTimeOnly': 'в срок', 'queue.refresh': 'Обновить',
      'queue.empty': 'Очередь пуста.', 'queue.allRoles': 'все мои роли', 'queue.count': 'Заявок: {n}',
      'col.number': 'Вх. номер', 'col.service': 'Услуга', 'col.channel': 'Канал', 'col.status': 'Статус',
      'col.step': 'Шаг', 'col.stepDue': 'Срок шага', 'col.due': 'Общий срок', 'col.applicant': 'Заявитель',
      'col.open': 'Открыть', 'col.received': 'Поступила', 'open': 'Открыть', 'overdue': 'просрочено',
      'assignedToMe': 'назначена мне', 'awaitingRegistry': 'ждёт ответа АИС «Рынок труда»',
      'search.title': 'Заявки гражданина', 'search.iin': 'ИИН гражданина', 'search.submit': 'Найти',
      'search.none': 'Заявок не найдено.',
      'case.back': '← К очереди', 'case.reload': 'Обновить', 'case.summary': 'Сведения',
      'case.signature': 'Проверка ЭЦП', 'case.form': 'Заявление', 'case.person': 'Сведения ГБД ФЛ',
      'case.attachments': 'Вложения', 'case.actions': 'Действия', 'case.steps': 'Шаги регламента',
      'case.timeline': 'Ход исполнения', 'case.noAttachments': 'Вложений нет.', 'case.noActions': 'Действий ещё нет.',
      'case.title': 'Заявка {n}', 'case.currentStep': 'Текущий шаг {n}: {role} — {action}',
      'case.closed': 'Заявка закрыта: {outcome}', 'case.decided': 'решение подписано: {outcome}', 'case.draft': 'Проект: {kind} {code}',
      'f.incomingNumber': 'Входящий номер', 'f.receivedAt': 'Поступила', 'f.service': 'Услуга / вариант',
      'f.channel': 'Канал', 'f.status': 'Статус', 'f.stepDueAt': 'Срок шага', 'f.dueAt': 'Общий срок',
      'f.applicant': 'Заявитель', 'f.executor': 'Исполнитель', 'f.origin': 'Источник', 'f.language': 'Язык',
      'f.packageId': 'Пакет ЦОН', 'f.receiptNumber': 'Расписка ЦОН', 'f.signedAt': 'Подписан',
      'f.birthDate': 'Дата рождения', 'f.address': 'Адрес', 'f.name': 'ФИО', 'f.deceased': 'Умер',
      'sig.ok': 'ЭЦП проверена шлюзом (ШЭП) и ИС МИО при поступлении: цепочка НУЦ, срок действия, отзыв (OCSP/CRL), соответствие канала.',
      'sig.signer': 'Подписант', 'sig.role': 'Роль', 'sig.iin': 'ИИН', 'sig.bin': 'БИН', 'sig.channel': 'Канал',
      'sig.submittedAt': 'Подписано', 'sig.evidence': 'Запись в журнале доказательств шлюза: {id}',
      'act.comment': 'Комментарий', 'act.executorIin': 'ИИН исполнителя',
      'act.resultCode': 'Код документа результата (необязательно)', 'act.reasonCode': 'Код причины',
      'act.ground': 'Мотивированное основание отказа', 'act.workingDays': 'Рабочих дней продления',
      'action.COMPLETE_STEP': 'Завершить шаг', 'action.REGISTER': 'Зарегистрировать',
      'action.ASSIGN_EXECUTOR': 'Назначить исполнителя', 'action.RETURN_FOR_REWORK': 'Вернуть на доработку',
      'action.REFUSE_TO_ACCEPT': 'Отказать в приёме', 'action.EXTEND_TERM': 'Продлить срок',
      'action.PREPARE_RESULT': 'Подготовить результат', 'action.PREPARE_REFUSAL': 'Подготовить мотивированный отказ',
      'action.SIGN': 'Подписать ЭЦП…', 'action.ISSUE': 'Выдать результат',
      'action.done': 'Выполнено: {action}. Статус: {status}.',
      'sign.title': 'Подписание результата', 'sign.sha': 'SHA-256:',
      'sign.hint': 'Документ подписывается ключом в агенте подписи на вашем компьютере. Сверьте SHA-256 в окне агента.',
      'sign.button': 'Подписать через агент и отправить', 'sign.signing': 'Ожидание подтверждения в агенте подписи…',
      'sign.done': 'Результат подписан и отправлен.',
      'agent.ready': 'Агент подписи: {cn}', 'agent.off': 'Агент подписи недоступен',
      'agent.AGENT_UNREACHABLE': 'Агент подписи недоступен: запустите ./egov agent --key <ключ.p12> (и разрешите этот адрес: --allow-origin {origin}).',
      'agent.DECLINED_BY_USER': 'Подписание отклонено в агенте.',
      'walkin.title': 'Личный приём: ввод заявления', 'walkin.service': 'Услуга (код)',
      'walkin.iin': 'ИИН заявителя', 'walkin.surname': 'Фамилия', 'walkin.givenName': 'Имя',
      'walkin.patronymic': 'Отчество', 'walkin.phone': 'Телефон', 'walkin.email': 'Эл. почта',
      'walkin.language': 'Язык ответа', 'walkin.packageId': 'Номер пакета ЦОН (если есть)',
      'walkin.form': 'Поля заявления (JSON)', 'walkin.prepare': 'Сформировать заявление',
      'walkin.signTitle': 'Подписать и отправить', 'walkin.requestId': 'Номер заявки:',
      'walkin.sent': 'Заявление {id} подписано и отправлено; оно появится в очереди после проверки шлюзом.',
      'walkin.badJson': 'Поля заявления: неверный JSON.',
      'error.session': 'Сеанс завершён, войдите снова.', 'error.network': 'Сервис недоступен.',
      'footer.keys': 'Клавиши: Alt+1 — очередь, Alt+2 — поиск, Alt+3 — приём, Alt+L — язык, Esc — назад к очереди.',
      'role.APPLICANT': 'заявитель', 'role.REGISTRAR': 'канцелярия', 'role.HEAD': 'руководитель', 'role.EXECUTOR': 'исполнитель',
      'role.SPECIALIST': 'специалист', 'role.AUTHORISED_PERSON': 'уполномоченное лицо',
      'yes': 'да', 'no': 'нет'
    },
    kk: {
      'app.title': 'МАЖ АЖ — қызметкердің жұмыс орны', 'skip': 'Мазмұнға өту', 'signOut': 'Шығу', 'any': 'кез келген',
      'nav.queue': 'Кезек', 'nav.search': 'ЖСН бойынша іздеу', 'nav.walkin': 'Жеке қабылдау',
      'login.title': 'Қызметкердің кіруі', 'login.iin': 'ЖСН', 'login.password': 'Құпиясөз', 'login.submit': 'Кіру',
      'queue.title': 'Өтінімдер кезегі', 'queue.role': 'Рөл', 'queue.status': 'Мәртебе', 'queue.due': 'Мерзім',
      'queue.overdueOnly': 'тек мерзімі өткен', 'queue.inTimeOnly': 'мерзімінде', 'queue.refresh': 'Жаңарту',
      'queue.empty': 'Кезек бос.', 'queue.allRoles': 'барлық рөлдерім', 'queue.count': 'Өтінімдер: {n}',
      'col.number': 'Кіріс нөмірі', 'col.service': 'Қызмет', 'col.channel': 'Арна', 'col.status': 'Мәртебе',
      'col.step': 'Қадам', 'col.stepDue': 'Қадам мерзімі', 'col.due': 'Жалпы мерзім', 'col.applicant': 'Өтініш беруші',
      'col.open': 'Ашу', 'col.received': 'Түсті', 'open': 'Ашу', 'overdue': 'мерзімі өтті',
      'assignedToMe': 'маған тағайындалған', 'awaitingRegistry': '«Еңбек нарығы» АЖ жауабын күтуде',
      'search.title': 'Азаматтың өтінімдері', 'search.iin': 'Азаматтың ЖСН', 'search.submit': 'Іздеу',
      'search.none': 'Өтінімдер табылмады.',
      'case.back': '← Кезекке', 'case.reload': 'Жаңарту', 'case.summary': 'Мәліметтер',
      'case.signature': 'ЭЦҚ тексеру', 'case.form': 'Өтініш', 'case.person': 'ЖТ МДҚ мәліметтері',
      'case.attachments': 'Тіркемелер', 'case.actions': 'Әрекеттер', 'case.steps': 'Регламент қадамдары',
      'case.timeline': 'Орындалу барысы', 'case.noAttachments': 'Тіркемелер жоқ.', 'case.noActions': 'Әрекеттер әлі жоқ.',
      'case.title': '{n} өтінімі', 'case.currentStep': 'Ағымдағы қадам {n}: {role} — {action}',
      'case.closed': 'Өтінім жабылды: {outcome}', 'case.decided': 'шешімге қол қойылды: {outcome}', 'case.draft': 'Жоба: {kind} {code}',
      'f.incomingNumber': 'Кіріс нөмірі', 'f.receivedAt': 'Түсті', 'f.service': 'Қызмет / нұсқа',
      'f.channel': 'Арна', 'f.status': 'Мәртебе', 'f.stepDueAt': 'Қадам мерзімі', 'f.dueAt': 'Жалпы мерзім',
      'f.applicant': 'Өтініш беруші', 'f.executor': 'Орындаушы', 'f.origin': 'Көзі', 'f.language': 'Тіл',
      'f.packageId': 'ХҚКО пакеті', 'f.receiptNumber': 'ХҚКО қолхаты', 'f.signedAt': 'Қол қойылды',
      'f.birthDate': 'Туған күні', 'f.address': 'Мекенжай', 'f.name': 'ТАӘ', 'f.deceased': 'Қайтыс болған',
      'sig.ok': 'ЭЦҚ түскен кезде шлюзбен (ЭҮШ) және МАЖ АЖ-мен тексерілді: ҰКО тізбегі, жарамдылық мерзімі, кері қайтарып алу (OCSP/CRL), арнаға сәйкестік.',
      'sig.signer': 'Қол қоюшы', 'sig.role': 'Рөл', 'sig.iin': 'ЖСН', 'sig.bin': 'БСН', 'sig.channel': 'Арна',
      'sig.submittedAt': 'Қол қойылды', 'sig.evidence': 'Шлюздің дәлелдер журналындағы жазба: {id}',
      'act.comment': 'Түсініктеме', 'act.executorIin': 'Орындаушының ЖСН',
      'act.resultCode': 'Нәтиже құжатының коды (міндетті емес)', 'act.reasonCode': 'Себеп коды',
      'act.ground': 'Бас тартудың дәлелді негіздемесі', 'act.workingDays': 'Ұзарту жұмыс күндері',
      'action.COMPLETE_STEP': 'Қадамды аяқтау', 'action.REGISTER': 'Тіркеу',
      'action.ASSIGN_EXECUTOR': 'Орындаушыны тағайындау', 'action.RETURN_FOR_REWORK': 'Пысықтауға қайтару',
      'action.REFUSE_TO_ACCEPT': 'Қабылдаудан бас тарту', 'action.EXTEND_TERM': 'Мерзімді ұзарту',
      'action.PREPARE_RESULT': 'Нәтижені дайындау', 'action.PREPARE_REFUSAL': 'Дәлелді бас тартуды дайындау',
      'action.SIGN': 'ЭЦҚ қою…', 'action.ISSUE': 'Нәтижені беру',
      'action.done': 'Орындалды: {action}. Мәртебе: {status}.',
      'sign.title': 'Нәтижеге қол қою', 'sign.sha': 'SHA-256:',
      'sign.hint': 'Құжатқа сіздің компьютеріңіздегі қол қою агентіндегі кілтпен қол қойылады. Агент терезесіндегі SHA-256-ны салыстырыңыз.',
      'sign.button': 'Агент арқылы қол қойып жіберу', 'sign.signing': 'Қол қою агентінде растауды күту…',
      'sign.done': 'Нәтижеге қол қойылып, жіберілді.',
      'agent.ready': 'Қол қою агенті: {cn}', 'agent.off': 'Қол қою агенті қолжетімсіз',
      'agent.AGENT_UNREACHABLE': 'Қол қою агенті қолжетімсіз: ./egov agent --key <кілт.p12> іске қосыңыз (осы мекенжайға рұқсат беріңіз: --allow-origin {origin}).',
      'agent.DECLINED_BY_USER': 'Агентте қол қоюдан бас тартылды.',
      'walkin.title': 'Жеке қабылдау: өтінішті енгізу', 'walkin.service': 'Қызмет (коды)',
      'walkin.iin': 'Өтініш берушінің ЖСН', 'walkin.surname': 'Тегі', 'walkin.givenName': 'Аты',
      'walkin.patronymic': 'Әкесінің аты', 'walkin.phone': 'Телефон', 'walkin.email': 'Эл. пошта',
      'walkin.language': 'Жауап тілі', 'walkin.packageId': 'ХҚКО пакетінің нөмірі (бар болса)',
      'walkin.form': 'Өтініш өрістері (JSON)', 'walkin.prepare': 'Өтінішті қалыптастыру',
      'walkin.signTitle': 'Қол қойып жіберу', 'walkin.requestId': 'Өтінім нөмірі:',
      'walkin.sent': '{id} өтініші қол қойылып, жіберілді; шлюз тексергеннен кейін кезекте пайда болады.',
      'walkin.badJson': 'Өтініш өрістері: JSON қате.',
      'error.session': 'Сеанс аяқталды, қайта кіріңіз.', 'error.network': 'Сервис қолжетімсіз.',
      'footer.keys': 'Пернелер: Alt+1 — кезек, Alt+2 — іздеу, Alt+3 — қабылдау, Alt+L — тіл, Esc — кезекке қайту.',
      'role.APPLICANT': 'өтініш беруші', 'role.REGISTRAR': 'кеңсе', 'role.HEAD': 'басшы', 'role.EXECUTOR': 'орындаушы',
      'role.SPECIALIST': 'маман', 'role.AUTHORISED_PERSON': 'уәкілетті тұлға',
      'yes': 'иә', 'no': 'жоқ'
    }
  };
  var lang = localStorage.getItem('egov.lang') === 'kk' ? 'kk' : 'ru';

  function t(key, vars) {
    var s = (texts[lang] && texts[lang][key]) || texts.ru[key] || key;
    return vars ? s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] == null ? '' : String(vars[k]); }) : s;
  }
  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-title]').forEach(function (el) { el.title = t(el.dataset.i18nTitle); });
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
  }
  window.I18n = {
    t: t, apply: apply,
    lang: function () { return lang; },
    set: function (l) { lang = l === 'kk' ? 'kk' : 'ru'; localStorage.setItem('egov.lang', lang); apply(); },
    has: function (key) { return !!texts.ru[key]; }
  };
})();
