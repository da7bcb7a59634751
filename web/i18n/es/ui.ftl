# Las palabras de la interfaz web. Claves en kebab-case, agrupadas por pantalla.

## Inicio y páginas que no existen

boot-failed = No se puede cargar Bivouac
try-again = Reintentar
not-found-title = No encontrado
not-found-heading = Aquí no hay nada
not-found-text = Esta dirección no lleva a ninguna parte en Bivouac.
go-home = Ir al inicio
session-ended = Su sesión ha terminado. Inicie sesión de nuevo.

## Presence, reactions and notifications

presence-online = En línea
presence-away = Ausente
presence-offline = Desconectado
presence-dnd = No molestar
copy-link = Copiar enlace al mensaje
link-copied = Enlace copiado. Cualquiera que pueda leer este chat puede abrirlo.
reaction-add = Añadir reacción
reactions-label = Reacciones
reaction-who = { $emoji } { $count ->
    [one] { $count } reacción
   *[other] { $count } reacciones
}: { $names }
reaction-you = tú
reaction-more = { $count } más
reaction-search = Buscar emoji
reaction-recent = Usados recientemente
reaction-all = Todos
notify-level-button = Notificaciones: { $level }
notify-level-all = Todos los mensajes
notify-level-mentions = Solo menciones
notify-level-none = Nada (silenciado)
push-unsupported = Este navegador no puede mostrar notificaciones de Bivouac.
push-blocked = Las notificaciones están bloqueadas para este sitio; permítelas en la configuración del sitio del navegador.
push-new-message = Mensaje nuevo
notify-settings-title = Estado y notificaciones
status-legend = Tu estado
status-emoji = Emoji
status-text = Estado
status-placeholder = De vacaciones hasta el 12 dic
status-clear = Borrar tras
until-never = No borrar
until-30m = 30 minutos
until-1h = 1 hora
until-4h = 4 horas
until-today = Hoy
until-week = Esta semana
until-keep = Como estaba
dnd-legend = No molestar
dnd-label = No molestar
dnd-hint = Las notificaciones push se retienen; los correos de lo que te perdiste siguen llegando.
dnd-until = Hasta
notify-legend = Notificaciones
push-label = Notificaciones en este dispositivo
push-hint = Mensajes directos, menciones y respuestas en hilos que sigues, cuando no tienes delante una pestaña de Bivouac.
hide-text-label = Ocultar el texto de los mensajes en las notificaciones
email-label = Enviarme un correo sobre mensajes directos y menciones sin leer
email-hint = Un correo reúne todo lo pendiente, como mucho una vez por hora.
email-off = Nunca
email-after = Tras { $minutes } minutos
quiet-label = Horas de silencio
quiet-hint = Sin notificaciones entre estas horas.
quiet-from = Silencio desde
quiet-to = Silencio hasta
save = Guardar
cancel = Cancelar
mark-unread = Marcar como no leído desde aquí
remind-me = Recordármelo…
remind-20m = En 20 minutos
remind-1h = En 1 hora
remind-3h = En 3 horas
remind-tomorrow = Mañana a las 9:00
remind-monday = El próximo lunes a las 9:00
remind-set = Te lo recordaré el { $when }.
remind-title = Recordatorio
remind-toast = Recordatorio: { $preview }
remind-open = Abrir
